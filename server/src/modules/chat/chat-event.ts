/** What travels on the chat bus (and through Kafka) for one sent message. */
export interface ChatEvent {
  /** Idempotency key: the persister's insert ignores a second event with the same id. */
  eventId: string;
  /** Time-ordered message id, assigned when the message is sent; clients page and resume by it. */
  id: string;
  roomId: number;
  roomSlug: string;
  userId: number | null;
  username: string | null;
  content: string;
  /** Epoch milliseconds. */
  createdAt: number;
}

export function encodeChatEvent(event: ChatEvent): string {
  return JSON.stringify(event);
}

/** Parses an event from the wire; null for anything malformed (logged and skipped by callers, never retried). */
export function decodeChatEvent(raw: string | Buffer | null | undefined): ChatEvent | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw.toString()) as Partial<ChatEvent>;
    const valid =
      typeof value.eventId === 'string' &&
      typeof value.id === 'string' &&
      Number.isInteger(value.roomId) &&
      typeof value.roomSlug === 'string' &&
      (value.userId === null || Number.isInteger(value.userId)) &&
      (value.username === null || typeof value.username === 'string') &&
      typeof value.content === 'string' &&
      Number.isFinite(value.createdAt);
    return valid ? (value as ChatEvent) : null;
  } catch {
    return null;
  }
}
