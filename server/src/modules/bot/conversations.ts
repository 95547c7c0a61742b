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
const IDLE_MS = 6 * 3600_000;

/**
 * Server-side memory of each conversation, so a client sends only its new message: per user when
 * logged in, else by the id returned with the first reply. In memory, per instance, oldest dropped.
 */
export class ConversationStore {
  private readonly conversations = new Map<string, Conversation>();

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
      if (this.conversations.size > MAX_CONVERSATIONS) this.conversations.delete(this.conversations.keys().next().value!);
    }
    conversation.updatedAt = now;
    return conversation;
  }
}
