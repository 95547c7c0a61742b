import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { Rel } from '@mikro-orm/core';
import { Person } from './person.entity';
import { Genre } from './genre.entity';
import { Movie } from './movie.entity';

/** An actor's billing slot on a film; position 0 is top billing. */
@Entity({ tableName: 'movie_actor' })
@Index({ properties: ['actor', 'movie'] })
export class MovieActor {
  @ManyToOne(() => Movie, { primary: true, deleteRule: 'cascade' })
  movie!: Rel<Movie>;

  @PrimaryKey({ type: 'smallint' })
  position!: number;

  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  actor!: Rel<Person>;
}

@Entity({ tableName: 'movie_genre' })
@Index({ properties: ['genre', 'movie'] })
export class MovieGenre {
  @ManyToOne(() => Movie, { primary: true, deleteRule: 'cascade' })
  movie!: Rel<Movie>;

  @ManyToOne(() => Genre, { primary: true, deleteRule: 'cascade' })
  genre!: Rel<Genre>;

  @Property({ type: 'smallint', default: 0 })
  position: number = 0;
}
