import { Entity, OptionalProps, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity';
import { Movie } from '../catalogue/movie.entity';

@ObjectType({ description: "One user's written review of one film" })
@Entity({ tableName: 'review' })
@Unique({ properties: ['user', 'movie'] })
@Index({ properties: ['movie', 'createdAt', 'id'] })
@Index({ properties: ['movie', 'helpfulCount', 'id'] })
export class Review {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'containsSpoilers' | 'helpfulCount';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  @ManyToOne(() => Movie, { deleteRule: 'cascade' })
  movie!: Rel<Movie>;

  @Field()
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field()
  @Property({ type: 'text' })
  body!: string;

  @Field({ description: 'The client hides the body until the reader asks for it' })
  @Property({ type: 'boolean', default: false })
  containsSpoilers: boolean = false;

  /** Kept equal to the review's votes by markReviewHelpful, in the vote's transaction. */
  @Field(() => Int, { description: 'How many members found it helpful' })
  @Property({ type: 'integer', default: 0 })
  helpfulCount: number = 0;

  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
