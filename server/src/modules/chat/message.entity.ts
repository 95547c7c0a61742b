import { Entity, OptionalProps, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { Rel } from '@mikro-orm/core';
import { User } from '../accounts/user.entity';
import { Room } from './room.entity';

/**
 * A chat message as persisted. The id is assigned when the message is sent (time-ordered, so
 * paging compares ids) and the event id makes the persister's insert idempotent.
 */
@Entity({ tableName: 'message' })
@Index({ properties: ['room', 'id'] })
export class Message {
  [OptionalProps]?: 'createdAt' | 'user';

  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 36, unique: true })
  eventId!: string;

  @ManyToOne(() => Room, { deleteRule: 'cascade' })
  room!: Rel<Room>;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  user: Rel<User> | null = null;

  @Property({ type: 'text' })
  content!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
