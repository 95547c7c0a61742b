import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Rel } from '@mikro-orm/core';
import { User } from '../accounts/user.entity';
import { Movie } from '../catalogue/movie.entity';

/** A film a user means to watch. Rating it takes it off the list (see rating.service). */
@Entity({ tableName: 'watchlist_entry' })
@Index({ properties: ['user', 'createdAt', 'movie'] })
export class WatchlistEntry {
  @ManyToOne(() => User, { primary: true, deleteRule: 'cascade' })
  user!: Rel<User>;

  @ManyToOne(() => Movie, { primary: true, deleteRule: 'cascade', index: true })
  movie!: Rel<Movie>;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
