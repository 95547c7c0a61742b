import crypto from 'node:crypto';
import type { Em } from '../../db/orm';
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

const IDLE_MS = 6 * 3600_000;
/** Movie ids remembered per list; older ones are forgotten first. */
const MAX_REMEMBERED_MOVIES = 500;
/** What one stored conversation may weigh; the oldest turns go first past it. */
export const MAX_CONVERSATION_BYTES = 32 * 1024;
/** Expired conversations are swept on about one save in this many. */
const SWEEP_EVERY = 200;

const keyOf = (userId: number | null, conversationId: string | null | undefined) =>
  userId !== null ? `user:${userId}` : conversationId ? `anon:${conversationId}` : null;

/** The JSON to store, trimmed to its bounds: ids to the newest few hundred, turns to the byte budget. */
function serialize(conversation: Conversation): string {
  const bounded: Conversation = {
    ...conversation,
    shownMovieIds: conversation.shownMovieIds.slice(-MAX_REMEMBERED_MOVIES),
    groundedMovieIds: conversation.groundedMovieIds.slice(-MAX_REMEMBERED_MOVIES),
    turns: [...conversation.turns],
  };
  let json = JSON.stringify(bounded);
  while (Buffer.byteLength(json) > MAX_CONVERSATION_BYTES && bounded.turns.length > 0) {
    bounded.turns.shift();
    json = JSON.stringify(bounded);
  }
  return json;
}

/**
 * Server-side memory of each conversation, so a client sends only its new message: per user when
 * logged in, else by the id returned with the first reply. In the database, so a conversation
 * continues whichever instance the next question reaches; each is bounded in bytes and expires
 * after six idle hours.
 */
export class ConversationStore {
  private saves = 0;

  async get(em: Em, userId: number | null, conversationId?: string | null): Promise<Conversation> {
    const key = keyOf(userId, conversationId);
    const now = Date.now();
    if (key) {
      const row = await em
        .getKnex()<{ data: string; updated_at: string | number }>('bot_conversation')
        .where({ key })
        .first('data', 'updated_at');
      if (row && now - Number(row.updated_at) <= IDLE_MS)
        return { ...(JSON.parse(row.data) as Conversation), updatedAt: now };
    }
    return {
      id: userId !== null ? `user-${userId}` : (conversationId ?? crypto.randomUUID()),
      shownMovieIds: [],
      groundedMovieIds: [],
      turns: [],
      updatedAt: now,
    };
  }

  /** Stores the conversation after a turn (the last writer wins when two turns race). */
  async save(em: Em, userId: number | null, conversation: Conversation): Promise<void> {
    const key = keyOf(userId, conversation.id)!;
    const knex = em.getKnex();
    await knex('bot_conversation')
      .insert({ key, data: serialize(conversation), updated_at: Date.now() })
      .onConflict('key')
      .merge();
    if (++this.saves % SWEEP_EVERY === 0) {
      await knex('bot_conversation')
        .where('updated_at', '<', Date.now() - IDLE_MS)
        .delete();
    }
  }
}
