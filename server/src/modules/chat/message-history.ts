import type { Em } from '../../db/orm';
import { badInput } from '../common/errors';
import { toDate, toNumber, type Row } from '../common/row-mapping';
import type { ChatBus } from './bus/chat-bus';
import type { ChatEvent } from './chat-event';
import type { Room } from './room.entity';

export const MAX_HISTORY_PAGE = 200;
const MAX_REPLAY = 1000;
const MESSAGE_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function assertMessageId(value: string, field: string): void {
  if (!MESSAGE_ID.test(value)) throw badInput(field, `${field} must be a message id`);
}

function eventFromRow(row: Row, roomSlug: string): ChatEvent {
  return {
    eventId: row.event_id as string,
    id: row.id as string,
    roomId: toNumber(row.room_id),
    roomSlug,
    userId: row.user_id === null ? null : toNumber(row.user_id),
    username: (row.username as string | null) ?? null,
    content: row.content as string,
    createdAt: toDate(row.created_at).getTime(),
  };
}

/** What was said in a room: pages of history, replay after a message id, a send's earlier result. */
export class MessageHistory {
  constructor(private readonly bus: ChatBus) {}

  /** The `last` messages before `before` (a message id), oldest first. */
  async page(em: Em, room: Room, last: number, before?: string | null): Promise<ChatEvent[]> {
    if (!Number.isInteger(last) || last < 0 || last > MAX_HISTORY_PAGE)
      throw badInput('last', `last must be between 0 and ${MAX_HISTORY_PAGE}`);
    if (before) assertMessageId(before, 'before');
    const query = this.messagesOf(em, room.id).orderBy('m.id', 'desc').limit(last);
    if (before) query.where('m.id', '<', before);
    const rows = last === 0 ? [] : ((await query) as Row[]);
    return rows.reverse().map((row) => eventFromRow(row, room.slug));
  }

  /** Persisted messages after `after`, plus those this instance delivered and the persister has not written yet. */
  async replay(em: Em, room: Room, after: string): Promise<ChatEvent[]> {
    const rows = (await this.messagesOf(em, room.id)
      .where('m.id', '>', after)
      .orderBy('m.id', 'asc')
      .limit(MAX_REPLAY)) as Row[];
    const byEventId = new Map(rows.map((row) => [row.event_id as string, eventFromRow(row, room.slug)]));
    for (const event of this.bus.recentAfter(room.slug, after))
      if (!byEventId.has(event.eventId)) byEventId.set(event.eventId, event);
    return [...byEventId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** The stored message with this event id (an earlier attempt of the same send), if any. */
  async byEventId(em: Em, room: Room, eventId: string): Promise<ChatEvent | null> {
    const row = (await this.messagesOf(em, room.id).where('m.event_id', eventId).first()) as Row | undefined;
    return row ? eventFromRow(row, room.slug) : null;
  }

  private messagesOf(em: Em, roomId: number) {
    return em
      .getKnex()('message as m')
      .leftJoin('app_user as u', 'u.id', 'm.user_id')
      .where('m.room_id', roomId)
      .select('m.id', 'm.event_id', 'm.room_id', 'm.user_id', 'm.content', 'm.created_at', 'u.username');
  }
}
