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
}
