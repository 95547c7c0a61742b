import { Entity, ManyToOne } from '@mikro-orm/core';
import type { Rel } from '@mikro-orm/core';
import { User } from '../accounts/user.entity';
import { Review } from './review.entity';

/** One user found one review helpful; the primary key makes it once per user. */
@Entity({ tableName: 'review_vote' })
export class ReviewVote {
  @ManyToOne(() => Review, { primary: true, deleteRule: 'cascade' })
  review!: Rel<Review>;

  @ManyToOne(() => User, { primary: true, deleteRule: 'cascade', index: true })
  user!: Rel<User>;
}
