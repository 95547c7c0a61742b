import crypto from 'node:crypto';
import type { RateLimits } from '../../config';
import type { Em } from '../../db/orm';
import type { Viewer } from '../accounts/viewer';
import { badInput, notFound } from '../common/errors';
import { EventStream } from '../common/event-stream';
import { takePoint, type CreateRateLimiter, type RateLimiter } from '../common/rate-limit';
import type { ChatBus } from './bus/chat-bus';
import type { ChatEvent } from './chat-event';
import { assertMessageId, type MessageHistory } from './message-history';
import { newMessageId, stableEventId } from './message-id';
import { claimSend, releaseSend } from './send-claims';
import type { PresentUser } from './presence';
import type { PresenceService } from './presence.service';
import type { RoomService } from './room.service';

export interface PresenceUpdate {
  roomSlug: string;
  users: PresentUser[];
  joined: PresentUser[];
  left: PresentUser[];
}

const MAX_CLIENT_MESSAGE_ID = 100;
const RECENT_SENDS = 10_000;

/** Sending messages and following a room live: messages (with replay) and who is there. */
export class LiveChat {
  /** Events this instance published, by event id: a retried send returns the original message. */
  private readonly recentSends = new Map<string, ChatEvent>();
  private readonly sends: RateLimiter;

  constructor(
    private readonly bus: ChatBus,
    private readonly rooms: RoomService,
    private readonly history: MessageHistory,
    private readonly presence: PresenceService,
    private readonly maxMessageLength: number,
    limits: RateLimits,
    createLimiter: CreateRateLimiter,
  ) {
    this.sends = createLimiter('chat-send', limits.messagesPerUserPerMinute, 60);
  }

  async send(
    em: Em,
    viewer: Viewer,
    input: { roomSlug: string; content: string; clientMessageId?: string | null },
  ): Promise<ChatEvent> {
    const content = input.content.trim();
    if (!content) throw badInput('content', 'A message cannot be empty');
    if (content.length > this.maxMessageLength)
      throw badInput('content', `A message must be at most ${this.maxMessageLength} characters`);
    const clientId = input.clientMessageId?.trim();
    if (clientId !== undefined && (clientId.length === 0 || clientId.length > MAX_CLIENT_MESSAGE_ID)) {
      throw badInput('clientMessageId', `clientMessageId must be 1-${MAX_CLIENT_MESSAGE_ID} characters`);
    }
    const room = await this.rooms.cached(em, input.roomSlug);
    if (!room) throw notFound('Room', input.roomSlug);
    const eventId = clientId ? stableEventId(`${viewer.id}:${room.id}:${clientId}`) : crypto.randomUUID();
    const earlier = clientId
      ? (this.recentSends.get(eventId) ?? (await this.history.byEventId(em, room, eventId)))
      : null;
    if (earlier) return earlier;
    await takePoint(this.sends, String(viewer.id), 'Too many messages');
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
    let ownClaim = false;
    if (clientId) {
      // A retry through another instance before the persister wrote the first attempt: the same
      // message (id and time), published again in case that attempt died before publishing. The
      // persister writes an event id once and each instance delivers it once, so this is safe.
      const claim = await claimSend(em, eventId, event.id, now);
      ownClaim = claim.messageId === event.id;
      event.id = claim.messageId;
      event.createdAt = claim.createdAt;
    }
    try {
      await this.bus.publish(event);
    } catch (error) {
      // Not sent: the client's retry must be free to send it (an earlier attempt's claim stays).
      if (ownClaim) await releaseSend(em, eventId).catch(() => undefined);
      throw error;
    }
    this.remember(event);
    return event;
  }

  /**
   * Live messages of a room. With `after`, first what was persisted (or delivered here) after
   * that id, then live ones, with nothing repeated: a reconnecting client misses nothing. While
   * the stream is open, the viewer is in the room (presence).
   */
  async stream(
    em: Em,
    viewer: Viewer,
    roomSlug: string,
    after?: string | null,
  ): Promise<AsyncIterableIterator<ChatEvent>> {
    if (after) assertMessageId(after, 'after');
    const room = await this.rooms.cached(em, roomSlug);
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
        for (const event of await this.history.replay(em, room, after)) {
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
    const room = await this.rooms.cached(em, roomSlug);
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

  private remember(event: ChatEvent): void {
    this.recentSends.set(event.eventId, event);
    if (this.recentSends.size > RECENT_SENDS) this.recentSends.delete(this.recentSends.keys().next().value!);
  }
}
