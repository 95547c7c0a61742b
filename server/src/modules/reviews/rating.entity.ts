import { Entity, OptionalProps, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity';
import { Movie } from '../catalogue/movie.entity';

@ObjectType({ description: "One user's 1-5 star score for one film" })
@Entity({ tableName: 'rating' })
@Unique({ properties: ['user', 'movie'] })
export class Rating {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  @ManyToOne(() => Movie, { deleteRule: 'cascade', index: true })
  movie!: Rel<Movie>;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  score!: number;

  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
