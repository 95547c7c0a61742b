import type { Orm } from '../../server/src/db/orm';
import { logger } from '../../server/src/modules/common/logger';
import { decodeChatEvent, type ChatEvent } from '../../server/src/modules/chat/chat-event';
import { writeMessages, type WriteResult } from '../../server/src/modules/chat/message-writer';

export interface RawMessage {
  value: Buffer | null;
  offset: string;
}

/**
 * Turns one Kafka batch into message rows in one transaction. Malformed events are skipped (they
 * would fail forever). When the batch's transaction fails, its events are written one at a time:
 * an event the database refuses on its own is skipped and counted (retrying it would stall the
 * partition forever); if every single write fails too, the database itself is the problem and the
 * error is thrown, so the batch is retried and, the insert being idempotent, written once.
 */
export function createBatchHandler(orm: Orm) {
  return async function handleBatch(
    messages: RawMessage[],
  ): Promise<WriteResult & { malformed: number; refused: number }> {
    const events = [];
    let malformed = 0;
    for (const message of messages) {
      const event = decodeChatEvent(message.value);
      if (event) events.push(event);
      else {
        malformed++;
        logger.warn('persister skipped a malformed chat event', { offset: message.offset });
      }
    }
    try {
      return { ...(await writeMessages(orm.em.fork(), events)), malformed, refused: 0 };
    } catch (error) {
      if (events.length <= 1) throw error;
      return { ...(await writeOneByOne(orm, events, error)), malformed };
    }
  };
}

async function writeOneByOne(
  orm: Orm,
  events: ChatEvent[],
  batchError: unknown,
): Promise<WriteResult & { refused: number }> {
  const total = { inserted: 0, duplicates: 0, dropped: 0, refused: 0 };
  let lastError = batchError;
  for (const event of events) {
    try {
      const result = await writeMessages(orm.em.fork(), [event]);
      total.inserted += result.inserted;
      total.duplicates += result.duplicates;
      total.dropped += result.dropped;
    } catch (error) {
      lastError = error;
      total.refused++;
      logger.warn('persister skipped a chat event the database refused', {
        eventId: event.eventId,
        error: String(error),
      });
    }
  }
  if (total.refused === events.length) throw lastError;
  return total;
}
