import crypto from 'node:crypto';
import type { BotRequest } from './bot-request';
import type { PriorTurn } from './providers/provider';

export interface Conversation {
  id: string;
  shownMovieIds: number[];
  lastRequest?: BotRequest;
  /** Movies any tool returned in this conversation: the only ones an AI provider may recommend. */
  groundedMovieIds: number[];
  /** Recent messages, for providers that take the history. */
  turns: PriorTurn[];
  updatedAt: number;
}

const MAX_CONVERSATIONS = 10_000;
/** All conversations together stay under this many bytes (of their text and ids), oldest dropped first. */
const MAX_TOTAL_BYTES = 32 * 1024 * 1024;
const IDLE_MS = 6 * 3600_000;

/** Roughly what a conversation holds in memory: its texts (UTF-16) and its ids. */
function sizeOf(conversation: Conversation): number {
  const text = conversation.turns.reduce((sum, turn) => sum + turn.text.length, conversation.id.length);
  return 2 * text + 8 * (conversation.shownMovieIds.length + conversation.groundedMovieIds.length) + 256;
}

/**
 * Server-side memory of each conversation, so a client sends only its new message: per user when
 * logged in, else by the id returned with the first reply. In memory, per instance, oldest dropped.
 */
export class ConversationStore {
  private readonly conversations = new Map<string, Conversation>();
  private readonly sizes = new Map<string, number>();
  private readonly keys = new WeakMap<Conversation, string>();
  private totalBytes = 0;

  /** Recounts a conversation's size after a turn, and drops the oldest while over budget. */
  updated(conversation: Conversation): void {
    const key = this.keys.get(conversation);
    if (!key || this.conversations.get(key) !== conversation) return;
    const size = sizeOf(conversation);
    this.totalBytes += size - (this.sizes.get(key) ?? 0);
    this.sizes.set(key, size);
    // Most recently used last: re-insert so that eviction takes the idle ones first.
    this.conversations.delete(key);
    this.conversations.set(key, conversation);
    while (this.totalBytes > MAX_TOTAL_BYTES || this.conversations.size > MAX_CONVERSATIONS) this.evictOldest();
  }

  get bytes(): number {
    return this.totalBytes;
  }

  private evictOldest(): void {
    const oldest = this.conversations.keys().next().value;
    if (oldest === undefined) return;
    this.conversations.delete(oldest);
    this.totalBytes -= this.sizes.get(oldest) ?? 0;
    this.sizes.delete(oldest);
  }

  get(userId: number | null, conversationId?: string | null): Conversation {
    const key = userId !== null ? `user:${userId}` : conversationId ? `anon:${conversationId}` : null;
    const now = Date.now();
    let conversation = key ? this.conversations.get(key) : undefined;
    if (!conversation || now - conversation.updatedAt > IDLE_MS) {
      conversation = {
        id: userId !== null ? `user-${userId}` : (conversationId ?? crypto.randomUUID()),
        shownMovieIds: [],
        groundedMovieIds: [],
        turns: [],
        updatedAt: now,
      };
      this.conversations.set(key ?? `anon:${conversation.id}`, conversation);
      this.keys.set(conversation, key ?? `anon:${conversation.id}`);
      if (this.conversations.size > MAX_CONVERSATIONS) this.evictOldest();
    }
    conversation.updatedAt = now;
    return conversation;
  }
}
