import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A bot conversation, kept in the database so that any instance can continue it. */
@Entity({ tableName: 'bot_conversation' })
@Index({ properties: ['updatedAt'] })
export class BotConversation {
  /** `user:<id>` for members, `anon:<conversation id>` for guests. */
  @PrimaryKey({ type: 'string', length: 120 })
  key!: string;

  /** The conversation as JSON (shown and grounded movies, the last request, recent turns). */
  @Property({ type: 'text' })
  data!: string;

  /** Epoch milliseconds of the last turn: idle conversations expire. */
  @Property({ type: 'bigint' })
  updatedAt!: string;
}
