import type { ChatEvent } from '../chat-event';

export type ChatListener = (event: ChatEvent) => void;

const RECENT_PER_ROOM = 500;

/**
 * This instance's subscribers, by room. It also keeps each room's most recent events, so a client
 * resuming with `after` gets what was delivered here but not yet persisted by the persister.
 */
export class LocalFanout {
  private readonly listeners = new Map<string, Set<ChatListener>>();
  private readonly recent = new Map<string, ChatEvent[]>();

  subscribe(roomSlug: string, listener: ChatListener): () => void {
    let set = this.listeners.get(roomSlug);
    if (!set) this.listeners.set(roomSlug, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(roomSlug);
    };
  }

  deliver(event: ChatEvent): void {
    const recent = this.recent.get(event.roomSlug) ?? [];
    recent.push(event);
    if (recent.length > RECENT_PER_ROOM) recent.splice(0, recent.length - RECENT_PER_ROOM);
    this.recent.set(event.roomSlug, recent);
    for (const listener of this.listeners.get(event.roomSlug) ?? []) listener(event);
  }

  recentAfter(roomSlug: string, afterId: string): ChatEvent[] {
    return (this.recent.get(roomSlug) ?? []).filter((event) => event.id > afterId);
  }

  subscriberCount(roomSlug: string): number {
    return this.listeners.get(roomSlug)?.size ?? 0;
  }
}

/** What both buses share: subscribers and recent events are always local to the instance. */
export abstract class FanoutBus {
  protected readonly fanout = new LocalFanout();

  subscribe(roomSlug: string, listener: ChatListener): () => void {
    return this.fanout.subscribe(roomSlug, listener);
  }

  recentAfter(roomSlug: string, afterId: string): ChatEvent[] {
    return this.fanout.recentAfter(roomSlug, afterId);
  }

  subscriberCount(roomSlug: string): number {
    return this.fanout.subscriberCount(roomSlug);
  }
}
