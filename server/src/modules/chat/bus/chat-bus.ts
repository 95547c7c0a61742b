import type { ChatEvent } from '../chat-event';
import type { PresenceSnapshot } from '../presence';
import type { ChatListener } from './local-fanout';

/** A user's tokens older than `tokenVersion` stopped being valid: their open sockets must close. */
export interface SessionRevocation {
  userId: number;
  tokenVersion: number;
}

/**
 * Carries sent messages to every instance's subscribers. `publish` resolves once the event is
 * durable (written inline, or acknowledged by all Kafka replicas); delivery to subscribers only
 * ever happens through the bus, so every instance sees the same conversation.
 */
export interface ChatBus {
  readonly kind: 'in-process' | 'kafka';
  start(): Promise<void>;
  publish(event: ChatEvent): Promise<void>;
  subscribe(roomSlug: string, listener: ChatListener): () => void;
  /** Events delivered on this instance after `afterId` (for resuming subscribers). */
  recentAfter(roomSlug: string, afterId: string): ChatEvent[];
  /** Live subscriptions to a room on this instance. */
  subscriberCount(roomSlug: string): number;
  /** Tells every instance (this one included) who is in a room here. Best effort: heartbeats repeat it. */
  publishPresence(snapshot: PresenceSnapshot): Promise<void>;
  /** Where snapshots from every instance arrive. */
  onPresence(handler: (snapshot: PresenceSnapshot) => void): void;
  /** Tells every instance (this one included) that a user's sessions were revoked. */
  publishRevocation(revocation: SessionRevocation): Promise<void>;
  onRevocation(handler: (revocation: SessionRevocation) => void): void;
  /** Null while the bus can carry messages, else why not (for /readyz). */
  problem(): string | null;
  /** Told how far this instance's broadcaster is behind the newest message (Kafka; for /metrics). */
  onLag(listener: (messagesBehind: number) => void): void;
  stop(): Promise<void>;
}
