import { Entity, OptionalProps, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity';

@ObjectType({ description: 'A chat room' })
@Entity({ tableName: 'room' })
export class Room {
  [OptionalProps]?: 'createdAt' | 'createdBy';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field()
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field()
  @Property({ type: 'string', length: 100, unique: true })
  slug!: string;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy: Rel<User> | null = null;

  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
