import type { Knex } from '@mikro-orm/knex';
import { dbTimestamp } from '../../db/dialect';
import type { Em } from '../../db/orm';
import { logger } from '../common/logger';
import type { ChatEvent } from './chat-event';

export interface WriteResult {
  inserted: number;
  duplicates: number;
  dropped: number;
}

/**
 * Writes chat events as message rows, exactly once: the insert ignores an event id that is
 * already stored. Used inline by the in-process bus and by the Kafka persister, in one transaction
 * per batch. Events for a room that no longer exists are dropped (they can never be written);
 * authors that no longer exist become null.
 */
export async function writeMessages(em: Em, events: ChatEvent[]): Promise<WriteResult> {
  if (events.length === 0) return { inserted: 0, duplicates: 0, dropped: 0 };
  const knex = em.getKnex();
  return em.transactional(async (tx) => {
    // The transaction's knex handle (a knex.Transaction), for the raw statements below.
    const trx = (tx.getTransactionContext() ?? knex) as Knex.Transaction;
    const roomIds = [...new Set(events.map((e) => e.roomId))];
    const userIds = [...new Set(events.map((e) => e.userId).filter((id): id is number => id !== null))];
    const rooms = new Set(
      (await knex('room').transacting(trx).select('id').whereIn('id', roomIds)).map((r: { id: number }) =>
        Number(r.id),
      ),
    );
    const users = new Set(
      userIds.length
        ? (await knex('app_user').transacting(trx).select('id').whereIn('id', userIds)).map((r: { id: number }) =>
            Number(r.id),
          )
        : [],
    );
    const unique = new Map(events.map((e) => [e.eventId, e]));
    const rows = [...unique.values()]
      .filter((e) => rooms.has(e.roomId))
      .map((e) => ({
        id: e.id,
        event_id: e.eventId,
        room_id: e.roomId,
        user_id: e.userId !== null && users.has(e.userId) ? e.userId : null,
        content: e.content,
        created_at: dbTimestamp(em, e.createdAt),
      }));
    const dropped = unique.size - rows.length;
    if (dropped > 0) logger.warn('dropped chat events for rooms that no longer exist', { dropped });
    let inserted = 0;
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      const before = await countExisting(
        knex,
        trx,
        chunk.map((r) => r.event_id),
      );
      await knex('message').transacting(trx).insert(chunk).onConflict('event_id').ignore();
      inserted += chunk.length - before;
    }
    return { inserted, duplicates: events.length - inserted - dropped, dropped };
  });
}

async function countExisting(
  knex: ReturnType<Em['getKnex']>,
  trx: Knex.Transaction,
  eventIds: string[],
): Promise<number> {
  const row = await knex('message').transacting(trx).whereIn('event_id', eventIds).count({ count: '*' }).first();
  return Number((row as { count: number | string }).count);
}
