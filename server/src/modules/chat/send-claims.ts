import type { Em } from '../../db/orm';

/** Claims older than this are swept: a retry arrives within seconds, not days. */
const CLAIM_KEPT_MS = 24 * 3600_000;
const SWEEP_EVERY = 500;
let claims = 0;

export interface SendClaim {
  messageId: string;
  createdAt: number;
}

/**
 * Claims `messageId` for the send `eventId` unless an earlier attempt did (on any instance), and
 * returns the claim that holds: this one, or the earlier attempt's.
 */
export async function claimSend(em: Em, eventId: string, messageId: string, createdAt: number): Promise<SendClaim> {
  const knex = em.getKnex();
  await knex('chat_send_claim')
    .insert({ event_id: eventId, message_id: messageId, created_at: createdAt })
    .onConflict('event_id')
    .ignore();
  const row = (await knex<{ event_id: string; message_id: string; created_at: string | number }>('chat_send_claim')
    .where({ event_id: eventId })
    .first('message_id', 'created_at'))!;
  if (++claims % SWEEP_EVERY === 0) {
    await knex('chat_send_claim')
      .where('created_at', '<', Date.now() - CLAIM_KEPT_MS)
      .delete();
  }
  return { messageId: row.message_id, createdAt: Number(row.created_at) };
}

/** Withdraws a claim whose send failed, so that a retry publishes the message. */
export async function releaseSend(em: Em, eventId: string): Promise<void> {
  await em.getKnex()('chat_send_claim').where({ event_id: eventId }).delete();
}
