import crypto from 'node:crypto';
import type { Viewer } from '../../context';
import type { Em } from '../../db/orm';
import { badInput, notFound } from '../common/errors';
import { toDate, toNumber, type Row } from '../common/row-mapping';
import type { ChatBus } from './bus/chat-bus';
import type { ChatEvent } from './chat-event';
import { EventStream } from './event-stream';
import { newMessageId, stableEventId } from './message-id';
import type { PresentUser } from './presence';
import type { PresenceService } from './presence.service';
import { Room } from './room.entity';
import { slugify } from './room-slug';

export const MAX_HISTORY_PAGE = 200;

export interface PresenceUpdate {
  roomSlug: string;
  users: PresentUser[];
  joined: PresentUser[];
  left: PresentUser[];
}
const MAX_REPLAY = 1000;
const MAX_CLIENT_MESSAGE_ID = 100;
const MESSAGE_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const RECENT_SENDS = 10_000;

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

export class ChatService {
  /** Events this instance published, by event id: a retried send returns the original message. */
  private readonly recentSends = new Map<string, ChatEvent>();
  private readonly roomCache = new Map<string, Room>();

  constructor(
    readonly bus: ChatBus,
    private readonly maxMessageLength: number,
    readonly presence: PresenceService,
  ) {}

  /** Rooms never change once created (nor go away), so sends, deliveries and subscriptions read each once. */
  async cachedRoom(em: Em, slug: string): Promise<Room | null> {
    const cached = this.roomCache.get(slug);
    if (cached) return cached;
    const room = await this.roomBySlug(em, slug);
    if (room && this.roomCache.size < 10_000) this.roomCache.set(slug, room);
    return room;
  }

  rooms(em: Em): Promise<Room[]> {
    return em.find(Room, {}, { orderBy: { slug: 'asc' } });
  }

  roomBySlug(em: Em, slug: string): Promise<Room | null> {
    return em.findOne(Room, { slug });
  }

  /** Creating a room whose name maps to an existing slug returns that room. */
  async createRoom(em: Em, viewer: Viewer, rawName: string): Promise<Room> {
    const name = rawName.replace(/\s+/g, ' ').trim();
    if (!name || name.length > 100) throw badInput('name', 'A room name must be 1-100 characters');
    const slug = slugify(name);
    if (!slug) throw badInput('name', 'A room name needs at least one letter or digit');
    const existing = await this.roomBySlug(em, slug);
    if (existing) return existing;
    const room = em.create(Room, { name, slug, createdBy: viewer.id });
    try {
      await em.persistAndFlush(room);
      return room;
    } catch (error) {
      if ((error as Error).name !== 'UniqueConstraintViolationException') throw error;
      return (await this.roomBySlug(em.fork(), slug))!;
    }
  }

  /** The `last` messages before `before` (a message id), oldest first. */
  async history(em: Em, room: Room, last: number, before?: string | null): Promise<ChatEvent[]> {
    if (!Number.isInteger(last) || last < 0 || last > MAX_HISTORY_PAGE)
      throw badInput('last', `last must be between 0 and ${MAX_HISTORY_PAGE}`);
    if (before) assertMessageId(before, 'before');
    const query = this.messagesOf(em, room.id).orderBy('m.id', 'desc').limit(last);
    if (before) query.where('m.id', '<', before);
    const rows: Row[] = last === 0 ? [] : await query;
    return rows.reverse().map((row) => eventFromRow(row, room.slug));
  }

  async send(em: Em, viewer: Viewer, input: { roomSlug: string; content: string; clientMessageId?: string | null }): Promise<ChatEvent> {
    const content = input.content.trim();
    if (!content) throw badInput('content', 'A message cannot be empty');
    if (content.length > this.maxMessageLength) throw badInput('content', `A message must be at most ${this.maxMessageLength} characters`);
    const clientId = input.clientMessageId?.trim();
    if (clientId !== undefined && (clientId.length === 0 || clientId.length > MAX_CLIENT_MESSAGE_ID)) {
      throw badInput('clientMessageId', `clientMessageId must be 1-${MAX_CLIENT_MESSAGE_ID} characters`);
    }
    const room = await this.cachedRoom(em, input.roomSlug);
    if (!room) throw notFound('Room', input.roomSlug);
    const eventId = clientId ? stableEventId(`${viewer.id}:${room.id}:${clientId}`) : crypto.randomUUID();
    const earlier = clientId ? await this.earlierSend(em, room, eventId) : null;
    if (earlier) return earlier;
    const now = Date.now();
    const event: ChatEvent = {
      eventId,
      id: newMessageId(now),
      roomId: room.id,
      roomSlug: room.slug,
      userId: viewer.id,
      username: viewer.username,
      content,
      createdAt: now,
    };
    await this.bus.publish(event);
    this.remember(event);
    return event;
  }

  /**
   * Live messages of a room. With `after`, first what was persisted (or delivered here) after
   * that id, then live ones, with nothing repeated: a reconnecting client misses nothing. While
   * the stream is open, the viewer is in the room (presence).
   */
  async stream(em: Em, viewer: Viewer, roomSlug: string, after?: string | null): Promise<AsyncIterableIterator<ChatEvent>> {
    if (after) assertMessageId(after, 'after');
    const room = await this.cachedRoom(em, roomSlug);
    if (!room) throw notFound('Room', roomSlug);
    const seen = new Set<string>();
    let unsubscribe = () => {};
    const leave = this.presence.join(room.slug, { id: viewer.id, username: viewer.username });
    const stream = new EventStream<ChatEvent>(() => {
      unsubscribe();
      leave();
    });
    const live: ChatEvent[] = [];
    let replaying = Boolean(after);
    unsubscribe = this.bus.subscribe(room.slug, (event) => {
      if (replaying) live.push(event);
      else if (!seen.has(event.eventId) && (!after || event.id > after)) stream.push(event);
    });
    if (after) {
      try {
        for (const event of await this.replay(em, room, after)) {
          seen.add(event.eventId);
          stream.push(event);
        }
      } catch (error) {
        await stream.return();
        throw error;
      }
      replaying = false;
      for (const event of live) if (!seen.has(event.eventId) && event.id > after) stream.push(event);
    }
    return stream;
  }

  /** Who is in a room: the list now, then again (with who joined and who left) whenever it changes. */
  async presenceStream(em: Em, roomSlug: string): Promise<AsyncIterableIterator<PresenceUpdate>> {
    const room = await this.cachedRoom(em, roomSlug);
    if (!room) throw notFound('Room', roomSlug);
    let previous: PresentUser[] = [];
    let stopWatching = () => {};
    const stream = new EventStream<PresenceUpdate>(() => stopWatching());
    const emit = (users: PresentUser[]) => {
      const before = new Set(previous.map((user) => user.id));
      const now = new Set(users.map((user) => user.id));
      stream.push({
        roomSlug: room.slug,
        users,
        joined: users.filter((u) => !before.has(u.id)),
        left: previous.filter((u) => !now.has(u.id)),
      });
      previous = users;
    };
    stopWatching = this.presence.watch(room.slug, emit);
    emit(this.presence.usersIn(room.slug));
    return stream;
  }

  private async replay(em: Em, room: Room, after: string): Promise<ChatEvent[]> {
    const rows: Row[] = await this.messagesOf(em, room.id).where('m.id', '>', after).orderBy('m.id', 'asc').limit(MAX_REPLAY);
    const byEventId = new Map(rows.map((row) => [row.event_id as string, eventFromRow(row, room.slug)]));
    for (const event of this.bus.recentAfter(room.slug, after)) if (!byEventId.has(event.eventId)) byEventId.set(event.eventId, event);
    return [...byEventId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  private messagesOf(em: Em, roomId: number) {
    return em
      .getKnex()('message as m')
      .leftJoin('app_user as u', 'u.id', 'm.user_id')
      .where('m.room_id', roomId)
      .select('m.id', 'm.event_id', 'm.room_id', 'm.user_id', 'm.content', 'm.created_at', 'u.username');
  }

  /** The message an earlier attempt of this send produced, from this instance's memory or the database. */
  private async earlierSend(em: Em, room: Room, eventId: string): Promise<ChatEvent | null> {
    const remembered = this.recentSends.get(eventId);
    if (remembered) return remembered;
    const row: Row | undefined = await this.messagesOf(em, room.id).where('m.event_id', eventId).first();
    return row ? eventFromRow(row, room.slug) : null;
  }

  private remember(event: ChatEvent): void {
    this.recentSends.set(event.eventId, event);
    if (this.recentSends.size > RECENT_SENDS) this.recentSends.delete(this.recentSends.keys().next().value!);
  }
}
