import type { SessionRevocation } from './chat-bus';
import type { ChatEvent } from '../chat-event';
import type { PresenceSnapshot } from '../presence';
import { RoomListeners } from '../room-listeners';

export type ChatListener = (event: ChatEvent) => void;

const RECENT_PER_ROOM = 500;
/** With a backlog, deliveries (one event to one subscriber) per event-loop turn before yielding to I/O. */
const BACKLOG_DELIVERIES_PER_TURN = 50;
/** Events per subscriber per round: bounds one turn's work even for a huge backlog. */
const MAX_EVENTS_PER_ROUND = 50;

/** One room's events that arrived since its last round, on their way to the room's subscribers. */
interface Round {
  roomSlug: string;
  events: ChatEvent[];
  listeners: ChatListener[];
  next: number;
}

/**
 * This instance's subscribers, by room. It also keeps each room's most recent events, so a client
 * resuming with `after` gets what was delivered here but not yet persisted by the persister.
 *
 * Delivery goes in rounds: a room's events that arrived since its last round go to each of its
 * subscribers together, so their frames leave in one write per socket. A round of one event (a
 * quiet room) goes to everyone in one turn, for the lowest latency. A bigger round (a burst: 50
 * messages into a room of 200 is 10,000 frames) is handed out a few subscribers per event-loop
 * turn, so sendMessage requests are accepted in between instead of waiting behind the fan-out.
 * Every subscriber still gets every event, in order.
 */
export class LocalFanout {
  private readonly listeners = new RoomListeners<ChatListener>();
  private readonly recent = new Map<string, ChatEvent[]>();
  /** Events per room not yet in a round. */
  private readonly arrived = new Map<string, ChatEvent[]>();
  private rounds: Round[] = [];
  private draining = false;

  subscribe(roomSlug: string, listener: ChatListener): () => void {
    return this.listeners.add(roomSlug, listener);
  }

  deliver(event: ChatEvent): void {
    const recent = this.recent.get(event.roomSlug) ?? [];
    // A retried send may be published twice (see LiveChat.send): subscribers get it once.
    if (recent.some((earlier) => earlier.eventId === event.eventId)) return;
    recent.push(event);
    if (recent.length > RECENT_PER_ROOM) recent.splice(0, recent.length - RECENT_PER_ROOM);
    this.recent.set(event.roomSlug, recent);
    if (!this.listeners.of(event.roomSlug)?.size) return;
    const arrived = this.arrived.get(event.roomSlug);
    if (arrived) arrived.push(event);
    else this.arrived.set(event.roomSlug, [event]);
    if (!this.draining) {
      this.draining = true;
      // The first slice right after the current code (which may deliver more events to join the
      // round); later slices wait for the next turn, so I/O gets served between them.
      process.nextTick(this.drainSlice);
    }
  }

  private readonly drainSlice = (): void => {
    if (this.rounds.length === 0) this.startRounds();
    let budget = Number.POSITIVE_INFINITY;
    while (budget > 0 && this.rounds.length > 0) {
      const round = this.rounds[0];
      if (round.events.length > 1 && budget === Number.POSITIVE_INFINITY) budget = BACKLOG_DELIVERIES_PER_TURN;
      const current = this.listeners.of(round.roomSlug);
      while (budget > 0 && round.next < round.listeners.length) {
        const listener = round.listeners[round.next++];
        // Someone who left while this round waited gets nothing more.
        if (current?.has(listener)) for (const event of round.events) listener(event);
        budget -= round.events.length;
      }
      if (round.next === round.listeners.length) this.rounds.shift();
    }
    if (this.rounds.length === 0 && this.arrived.size > 0) this.startRounds();
    if (this.rounds.length > 0) setImmediate(this.drainSlice);
    else this.draining = false;
  };

  private startRounds(): void {
    for (const [roomSlug, events] of this.arrived) {
      const listeners = this.listeners.of(roomSlug);
      const taken = events.splice(0, MAX_EVENTS_PER_ROUND);
      if (events.length === 0) this.arrived.delete(roomSlug);
      if (listeners?.size) this.rounds.push({ roomSlug, events: taken, listeners: [...listeners], next: 0 });
    }
  }

  recentAfter(roomSlug: string, afterId: string): ChatEvent[] {
    return (this.recent.get(roomSlug) ?? []).filter((event) => event.id > afterId);
  }

  subscriberCount(roomSlug: string): number {
    return this.listeners.of(roomSlug)?.size ?? 0;
  }
}

/** What both buses share: subscribers and recent events are always local to the instance. */
export abstract class FanoutBus {
  protected readonly fanout = new LocalFanout();
  private presenceHandler: (snapshot: PresenceSnapshot) => void = () => {};

  onPresence(handler: (snapshot: PresenceSnapshot) => void): void {
    this.presenceHandler = handler;
  }

  protected receivePresence(snapshot: PresenceSnapshot): void {
    this.presenceHandler(snapshot);
  }

  private readonly revocationHandlers: Array<(revocation: SessionRevocation) => void> = [];

  onRevocation(handler: (revocation: SessionRevocation) => void): void {
    this.revocationHandlers.push(handler);
  }

  protected receiveRevocation(revocation: SessionRevocation): void {
    for (const handler of this.revocationHandlers) handler(revocation);
  }

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
