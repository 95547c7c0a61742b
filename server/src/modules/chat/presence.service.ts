import crypto from 'node:crypto';
import { logger } from '../common/logger';
import type { ChatBus } from './bus/chat-bus';
import { LocalMembers, PresenceBook, type PresentUser } from './presence';

/** A snapshot counts for this many heartbeats: one lost is tolerated, an instance gone is forgotten. */
const HEARTBEATS_TO_LIVE = 3;

/**
 * Who is in which room, across instances. This instance counts its own members (a user with a
 * live `messageAdded` subscription) and publishes its list for a room through the bus whenever it
 * changes, and all of them every heartbeat; every instance, this one included, builds the union
 * from what arrives. An instance that dies without a word drops out after three heartbeats.
 */
export class PresenceService {
  readonly instanceId = crypto.randomUUID();
  private readonly local = new LocalMembers();
  private readonly book = new PresenceBook();
  private heartbeat?: NodeJS.Timeout;

  constructor(
    private readonly bus: ChatBus,
    private readonly heartbeatMs: number,
  ) {
    bus.onPresence((snapshot) => this.book.apply(snapshot));
  }

  start(): void {
    this.heartbeat = setInterval(() => {
      this.book.expire();
      for (const roomSlug of this.local.roomSlugs()) void this.announce(roomSlug);
    }, this.heartbeatMs);
    this.heartbeat.unref();
  }

  /** Tells the others this instance's members are gone (they would expire anyway). */
  async stop(): Promise<void> {
    clearInterval(this.heartbeat);
    const rooms = this.local.roomSlugs();
    await Promise.all(rooms.map((roomSlug) => this.announce(roomSlug, [])));
  }

  /** `user` is in the room until the returned function is called (once per subscription). */
  join(roomSlug: string, user: PresentUser): () => void {
    if (this.local.join(roomSlug, user)) void this.announce(roomSlug);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      if (this.local.leave(roomSlug, user.id)) void this.announce(roomSlug);
    };
  }

  usersIn(roomSlug: string): PresentUser[] {
    return this.book.usersIn(roomSlug);
  }

  watch(roomSlug: string, listener: (users: PresentUser[]) => void): () => void {
    return this.book.subscribe(roomSlug, listener);
  }

  private announce(roomSlug: string, users = this.local.usersIn(roomSlug)): Promise<void> {
    const snapshot = {
      instanceId: this.instanceId,
      roomSlug,
      users,
      at: Date.now(),
      ttlMs: this.heartbeatMs * HEARTBEATS_TO_LIVE,
    };
    return this.bus
      .publishPresence(snapshot)
      .catch((error) => logger.warn('could not publish chat presence', { roomSlug, error: String(error) }));
  }
}
