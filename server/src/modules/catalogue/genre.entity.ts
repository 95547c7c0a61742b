import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType()
@Entity({ tableName: 'genre' })
export class Genre {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field()
  @Property({ type: 'string', length: 100, unique: true })
  name!: string;

  /** Lower-cased name, so "Drama" and "drama" are one genre. */
  @Property({ type: 'string', length: 100, unique: true })
  nameKey!: string;

  /**
   * Films with this genre, kept by database triggers on movie_genre (migration 014) whichever
   * code path writes; never written by the application. Absent on genres read with a movie (see
   * GenreResolver.movieCount).
   */
  @Property({ type: 'integer', default: 0 })
  movieCount?: number;
}
