import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The first attempt of a send (by its event id) claims the message id: a retry that reaches
 * another instance before the persister has written the message finds the claim and sends the
 * same message (id and time) again, which the persister and every instance's delivery take once.
 */
@Entity({ tableName: 'chat_send_claim' })
@Index({ properties: ['createdAt'] })
export class ChatSendClaim {
  @PrimaryKey({ type: 'string', length: 36 })
  eventId!: string;

  @Property({ type: 'string', length: 36 })
  messageId!: string;

  /** Epoch milliseconds of the first attempt: the message's time. */
  @Property({ type: 'bigint' })
  createdAt!: string;
}
