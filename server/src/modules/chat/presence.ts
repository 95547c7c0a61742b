import { RoomListeners } from './room-listeners';

/** Someone in a room: a user with at least one live `messageAdded` subscription to it. */
export interface PresentUser {
  id: number;
  username: string;
}

/**
 * One instance's members of one room, as of `at`. Instances publish one whenever their list for a
 * room changes, and again every heartbeat; a snapshot older than `ttlMs` no longer counts (its
 * instance stopped without saying so).
 */
export interface PresenceSnapshot {
  instanceId: string;
  roomSlug: string;
  users: PresentUser[];
  at: number;
  ttlMs: number;
}

export function encodePresence(snapshot: PresenceSnapshot): string {
  return JSON.stringify(snapshot);
}

/** Parses a snapshot from the wire; null for anything malformed. */
export function decodePresence(raw: Buffer | string | null): PresenceSnapshot | null {
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw.toString()) as PresenceSnapshot;
    const wellFormed =
      typeof value.instanceId === 'string' &&
      typeof value.roomSlug === 'string' &&
      typeof value.at === 'number' &&
      typeof value.ttlMs === 'number' &&
      Array.isArray(value.users) &&
      value.users.every((user) => typeof user?.id === 'number' && typeof user.username === 'string');
    return wellFormed ? value : null;
  } catch {
    return null;
  }
}

/** This instance's own members per room, counting each user's subscriptions (two tabs are one person). */
export class LocalMembers {
  private readonly rooms = new Map<string, Map<number, { username: string; subscriptions: number }>>();

  /** True when the user was not in the room here before. */
  join(roomSlug: string, user: PresentUser): boolean {
    let members = this.rooms.get(roomSlug);
    if (!members) this.rooms.set(roomSlug, (members = new Map<number, { username: string; subscriptions: number }>()));
    const member = members.get(user.id);
    if (member) {
      member.subscriptions++;
      return false;
    }
    members.set(user.id, { username: user.username, subscriptions: 1 });
    return true;
  }

  /** True when that was the user's last subscription to the room here. */
  leave(roomSlug: string, userId: number): boolean {
    const members = this.rooms.get(roomSlug);
    const member = members?.get(userId);
    if (!members || !member) return false;
    if (--member.subscriptions > 0) return false;
    members.delete(userId);
    if (members.size === 0) this.rooms.delete(roomSlug);
    return true;
  }

  usersIn(roomSlug: string): PresentUser[] {
    return [...(this.rooms.get(roomSlug) ?? [])].map(([id, { username }]) => ({ id, username }));
  }

  roomSlugs(): string[] {
    return [...this.rooms.keys()];
  }
}

type PresenceListener = (users: PresentUser[]) => void;

/**
 * Every instance's latest snapshot per room. A room's presence is the union of the snapshots that
 * have not expired, ordered by username; listeners hear about a room whenever that union changes.
 */
export class PresenceBook {
  private readonly rooms = new Map<string, Map<string, PresenceSnapshot>>();
  private readonly listeners = new RoomListeners<PresenceListener>();
  /** The member ids last announced per room, to tell changes from repeats (heartbeats). */
  private readonly announced = new Map<string, string>();

  apply(snapshot: PresenceSnapshot, now = Date.now()): void {
    const instances = this.rooms.get(snapshot.roomSlug) ?? new Map<string, PresenceSnapshot>();
    const known = instances.get(snapshot.instanceId);
    // One instance's snapshots of a room arrive in order, but a replayed older one must not win.
    if (known && known.at > snapshot.at) return;
    instances.set(snapshot.instanceId, snapshot);
    this.rooms.set(snapshot.roomSlug, instances);
    this.announceIfChanged(snapshot.roomSlug, now);
  }

  /** Drops snapshots past their time to live (an instance gone without a word), announcing what changed. */
  expire(now = Date.now()): void {
    for (const [roomSlug, instances] of this.rooms) {
      for (const [instanceId, snapshot] of instances)
        if (snapshot.at + snapshot.ttlMs <= now) instances.delete(instanceId);
      if (instances.size === 0) this.rooms.delete(roomSlug);
      this.announceIfChanged(roomSlug, now);
    }
  }

  usersIn(roomSlug: string, now = Date.now()): PresentUser[] {
    const byId = new Map<number, PresentUser>();
    for (const snapshot of this.rooms.get(roomSlug)?.values() ?? []) {
      if (snapshot.at + snapshot.ttlMs > now) for (const user of snapshot.users) byId.set(user.id, user);
    }
    return [...byId.values()].sort((a, b) => a.username.localeCompare(b.username) || a.id - b.id);
  }

  subscribe(roomSlug: string, listener: PresenceListener): () => void {
    return this.listeners.add(roomSlug, listener);
  }

  private announceIfChanged(roomSlug: string, now: number): void {
    const users = this.usersIn(roomSlug, now);
    const key = users.map((user) => user.id).join(',');
    if ((this.announced.get(roomSlug) ?? '') === key) return;
    if (key) this.announced.set(roomSlug, key);
    else this.announced.delete(roomSlug);
    for (const listener of this.listeners.of(roomSlug) ?? []) listener(users);
  }
}
