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

/** What the store keeps beside a conversation: where it is filed, and its size when last counted. */
interface Stored extends Conversation {
  key: string;
  bytes: number;
}

/** Roughly what a conversation holds in memory: its texts (UTF-16) and its ids. */
function sizeOf(conversation: Conversation): number {
  const text = conversation.turns.reduce((sum, turn) => sum + turn.text.length, conversation.id.length);
  return 2 * text + 8 * (conversation.shownMovieIds.length + conversation.groundedMovieIds.length) + 256;
}

/**
 * Server-side memory of each conversation, so a client sends only its new message: per user when
 * logged in, else by the id returned with the first reply. In memory, per instance; bounded in
 * count and in bytes, the least recently used dropped first.
 */
export class ConversationStore {
  private readonly conversations = new Map<string, Stored>();
  private totalBytes = 0;

  constructor(
    private readonly maxBytes = MAX_TOTAL_BYTES,
    private readonly maxCount = MAX_CONVERSATIONS,
  ) {}

  get(userId: number | null, conversationId?: string | null): Conversation {
    const requested = userId !== null ? `user:${userId}` : conversationId ? `anon:${conversationId}` : null;
    const now = Date.now();
    let conversation = requested ? this.conversations.get(requested) : undefined;
    if (!conversation || now - conversation.updatedAt > IDLE_MS) {
      if (conversation) this.forget(conversation);
      const id = userId !== null ? `user-${userId}` : (conversationId ?? crypto.randomUUID());
      conversation = {
        id,
        key: requested ?? `anon:${id}`,
        bytes: 0,
        shownMovieIds: [],
        groundedMovieIds: [],
        turns: [],
        updatedAt: now,
      };
      this.conversations.set(conversation.key, conversation);
      this.updated(conversation);
    }
    conversation.updatedAt = now;
    return conversation;
  }

  /** Recounts a conversation's size after a turn, and drops the least recently used while over budget. */
  updated(conversation: Conversation): void {
    const stored = conversation as Stored;
    if (this.conversations.get(stored.key) !== stored) return;
    const bytes = sizeOf(stored);
    this.totalBytes += bytes - stored.bytes;
    stored.bytes = bytes;
    // Most recently used last, so that eviction takes the idle ones first.
    this.conversations.delete(stored.key);
    this.conversations.set(stored.key, stored);
    while (this.totalBytes > this.maxBytes || this.conversations.size > this.maxCount) {
      this.forget(this.conversations.values().next().value!);
    }
  }

  /** Bytes held by all conversations, as last counted. */
  get bytes(): number {
    return this.totalBytes;
  }

  private forget(conversation: Stored): void {
    this.conversations.delete(conversation.key);
    this.totalBytes -= conversation.bytes;
  }
}
