import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { graphql } from './__generated__';

export const MESSAGE_ADDED = graphql(`
  subscription ChatClientsMessageAdded($roomSlug: String!, $after: String) {
    messageAdded(roomSlug: $roomSlug, after: $after) {
      id
      eventId
      content
      createdAt
      author {
        username
      }
      room {
        slug
      }
    }
  }
`);

export interface LiveMessage {
  id: string;
  eventId: string;
  content: string;
  author: { username: string } | null;
  room: { slug: string };
}

/** A graphql-ws client that never retries, reporting the close code it was closed with. */
export function wsClient(
  httpUrl: string,
  authorization?: string,
  onClosed?: (code: number, reason: string) => void,
): Client {
  return createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    retryAttempts: 0,
    lazy: true,
    on: {
      closed: (event) =>
        onClosed?.((event as { code: number }).code, String((event as { reason?: string }).reason ?? '')),
    },
  });
}

export async function waitUntil(
  predicate: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** One `messageAdded` subscription, recording what it receives. */
export class RoomSubscriber {
  readonly received: LiveMessage[] = [];
  readonly errors: unknown[] = [];
  completed = false;
  private readonly unsubscribe: () => void;

  constructor(client: Client, roomSlug: string, after?: string) {
    this.unsubscribe = client.subscribe<{ messageAdded: LiveMessage }>(
      { query: print(MESSAGE_ADDED), variables: { roomSlug, after: after ?? null } },
      {
        next: (result) => {
          if (result.errors) this.errors.push(...result.errors);
          else this.received.push(result.data!.messageAdded);
        },
        error: (error) => this.errors.push(error),
        complete: () => void (this.completed = true),
      },
    );
  }

  waitFor(count: number, timeoutMs?: number): Promise<void> {
    return waitUntil(
      () => this.received.length >= count || this.errors.length > 0,
      `${count} messages (have ${this.received.length})`,
      timeoutMs,
    );
  }

  close(): void {
    this.unsubscribe();
  }
}
