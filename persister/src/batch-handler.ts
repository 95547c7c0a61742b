import type { Orm } from '../../server/src/db/orm';
import { logger } from '../../server/src/modules/common/logger';
import { decodeChatEvent } from '../../server/src/modules/chat/chat-event';
import { writeMessages, type WriteResult } from '../../server/src/modules/chat/message-writer';

export interface RawMessage {
  value: Buffer | null;
  offset: string;
}

/**
 * Turns one Kafka batch into message rows in one transaction. Malformed events are skipped (they
 * would fail forever); anything else that fails throws, so the batch is retried and, the insert
 * being idempotent, written once.
 */
export function createBatchHandler(orm: Orm) {
  return async function handleBatch(messages: RawMessage[]): Promise<WriteResult & { malformed: number }> {
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
    return { ...(await writeMessages(orm.em.fork(), events)), malformed };
  };
}
