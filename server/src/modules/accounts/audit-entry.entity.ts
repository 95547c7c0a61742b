import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from './user.entity';

/** One change an admin made: who, what, when, and the changed thing before and after (JSON). */
@ObjectType({ description: 'One change an admin made' })
@Entity({ tableName: 'audit_entry' })
export class AuditEntry {
  [OptionalProps]?: 'createdAt' | 'reason' | 'before' | 'after' | 'actor';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer' })
  id!: number;

  /** Kept when the admin's account goes: the entry then says "a deleted account". */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null', index: true })
  actor: Rel<User> | null = null;

  @Field({ description: 'What was done, e.g. updateMovie, mergePeople, deleteReview' })
  @Property({ type: 'string', length: 60 })
  action!: string;

  @Field({ description: 'What kind of thing it was done to: Movie, Person, Genre, Review, User' })
  @Property({ type: 'string', length: 30 })
  targetType!: string;

  @Field(() => ID)
  @Property({ type: 'string', length: 40 })
  targetId!: string;

  @Field(() => String, { nullable: true, description: 'Why, when the admin said (a review removed for spam, say)' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  /** JSON of the changed fields before the change; null for a creation. */
  @Property({ type: 'text', nullable: true })
  before: string | null = null;

  /** JSON of the changed fields after the change; null for a deletion. */
  @Property({ type: 'text', nullable: true })
  after: string | null = null;

  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
