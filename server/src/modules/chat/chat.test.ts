import { print } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import jwt from 'jsonwebtoken';
import { Message } from './message.entity';
import { bearer, dataOf, dialects, signUp, startTestServer, type TestServer } from '../../../test/harness';
import { RoomSubscriber, waitUntil, wsClient } from '../../../test/chat-clients';
import type { Client } from 'graphql-ws';
import { graphql } from '../../../test/__generated__';

const CREATE_ROOM = graphql(`
  mutation ChatCreateRoom2($name: String!) {
    createRoom(input: { name: $name }) {
      id
      name
      slug
      createdAt
      createdBy {
        username
      }
    }
  }
`);
const SEND = graphql(`
  mutation ChatSendMessage2($input: SendMessageInput!) {
    sendMessage(input: $input) {
      id
      eventId
      content
      author {
        username
      }
      room {
        slug
      }
    }
  }
`);
const HISTORY = graphql(`
  query ChatRoom2($slug: String!, $last: Int, $before: String) {
    room(slug: $slug) {
      messages(last: $last, before: $before) {
        id
        content
        author {
          username
        }
      }
    }
  }
`);

describe.each(dialects())('chat on the in-process bus (%s)', (dialect) => {
  let server: TestServer;
  let ana: { token: string };
  let ben: { token: string };
  const clients: Client[] = [];
  const client = (token?: string, onClosed?: (code: number) => void) => {
    const c = wsClient(server.url, token ? `Bearer ${token}` : undefined, onClosed);
    clients.push(c);
    return c;
  };
  const send = async (token: string, content: string, roomSlug = 'film-noir-fans', clientMessageId?: string) =>
    server.gql(SEND, { input: { roomSlug, content, clientMessageId } }, bearer(token));
  const subscribed = (slug: string, count: number) =>
    waitUntil(() => server.app.services.chat.bus.subscriberCount(slug) >= count, `${count} subscribers`);

  beforeAll(async () => {
    server = await startTestServer(dialect, { env: { CHAT_MAX_MESSAGE_LENGTH: '200' } });
    ana = await signUp(server, 'ana');
    ben = await signUp(server, 'ben');
  });
  afterAll(async () => {
    await Promise.all(clients.map(async (c) => c.dispose()));
    await server?.stop();
  });

  it('creates rooms with derived slugs, and returns the existing room for a known name', async () => {
    const anon = await server.gql(CREATE_ROOM, { name: 'Film Noir Fans!' });
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const created = dataOf(await server.gql(CREATE_ROOM, { name: 'Film Noir Fans!' }, bearer(ana.token))).createRoom;
    expect(created).toMatchObject({ name: 'Film Noir Fans!', slug: 'film-noir-fans', createdBy: { username: 'ana' } });
    const again = dataOf(await server.gql(CREATE_ROOM, { name: 'film noir fans' }, bearer(ben.token))).createRoom;
    expect(again.id).toBe(created.id);
    await server.gql(CREATE_ROOM, { name: 'Área 51 — Sci-Fi' }, bearer(ben.token));
    const { rooms } = dataOf(
      await server.gql(
        graphql(`
          query ChatRooms {
            rooms {
              slug
            }
          }
        `),
      ),
    );
    expect(rooms.map((r: { slug: string }) => r.slug)).toEqual(['area-51-sci-fi', 'film-noir-fans']);
    expect((await server.gql(CREATE_ROOM, { name: '  !!! ' }, bearer(ana.token))).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('refuses sends that are anonymous, empty, too long or to a missing room', async () => {
    expect(
      (await server.gql(SEND, { input: { roomSlug: 'film-noir-fans', content: 'hi' } })).errors?.[0].extensions?.code,
    ).toBe('UNAUTHENTICATED');
    for (const content of ['', '   ', 'x'.repeat(201)]) {
      const response = await send(ana.token, content);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content' });
    }
    expect((await send(ana.token, 'hello?', 'no-such-room')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('renders fields only their owner may see per subscriber, even though messages are executed once for a room', async () => {
    const query = graphql(`
      subscription ChatMessageAdded {
        messageAdded(roomSlug: "film-noir-fans") {
          content
          room {
            createdBy {
              username
              email
            }
          }
        }
      }
    `);
    const seen: Record<string, unknown[]> = { ana: [], ben: [] };
    const unsubscribe = (['ana', 'ben'] as const).map((who) =>
      client((who === 'ana' ? ana : ben).token).subscribe(
        { query: print(query) },
        {
          next: (r) => void seen[who].push(r.data?.messageAdded ?? r.errors),
          error: () => undefined,
          complete: () => undefined,
        },
      ),
    );
    await subscribed('film-noir-fans', 2);
    await send(ben.token, 'who made this room?');
    await waitUntil(() => seen.ana.length > 0 && seen.ben.length > 0, 'both subscribers');
    // ana created the room: she sees her email; ben sees that it is hers, not the address.
    expect(seen.ana).toEqual([
      { content: 'who made this room?', room: { createdBy: { username: 'ana', email: 'ana@example.test' } } },
    ]);
    expect(seen.ben).toEqual([
      { content: 'who made this room?', room: { createdBy: { username: 'ana', email: null } } },
    ]);
    unsubscribe.forEach((stop) => stop());
  });

  it('tells who is in a room: people with it open, once each, as they join and leave', async () => {
    const PRESENCE = graphql(`
      subscription ChatRoomPresence($room: String!) {
        roomPresence(roomSlug: $room) {
          roomSlug
          users {
            username
          }
          joined {
            username
          }
          left {
            username
          }
        }
      }
    `);
    const updates: Array<{ users: string[]; joined: string[]; left: string[] }> = [];
    const names = (list: Array<{ username: string }>) => list.map((u) => u.username);
    const watcher = client(ben.token);
    const stopWatching = watcher.subscribe(
      { query: print(PRESENCE), variables: { room: 'film-noir-fans' } },
      {
        next: (r: any) =>
          void updates.push({
            users: names(r.data.roomPresence.users),
            joined: names(r.data.roomPresence.joined),
            left: names(r.data.roomPresence.left),
          }),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await waitUntil(() => updates.length === 1, 'the first presence update');
    expect(updates[0]).toEqual({ users: [], joined: [], left: [] });

    const anaTab1 = new RoomSubscriber(client(ana.token), 'film-noir-fans');
    const anaTab2 = new RoomSubscriber(client(ana.token), 'film-noir-fans');
    // Connections opened together may subscribe in any order: ben's opens once ana is in.
    await waitUntil(() => updates.at(-1)!.users.length === 1, 'ana present');
    const benTab = new RoomSubscriber(client(ben.token), 'film-noir-fans');
    await waitUntil(() => updates.at(-1)!.users.length === 2, 'ana and ben present');
    expect(updates.slice(1)).toEqual([
      { users: ['ana'], joined: ['ana'], left: [] },
      { users: ['ana', 'ben'], joined: ['ben'], left: [] },
    ]);
    expect(
      dataOf(
        await server.gql(
          graphql(`
            query ChatRoom3 {
              room(slug: "film-noir-fans") {
                present {
                  username
                }
              }
            }
          `),
        ),
      ).room!.present,
    ).toEqual([{ username: 'ana' }, { username: 'ben' }]);

    anaTab1.close(); // ana still has the room open in another tab
    benTab.close();
    await waitUntil(() => updates.at(-1)!.left.includes('ben'), 'ben to leave');
    anaTab2.close();
    await waitUntil(() => updates.at(-1)!.users.length === 0, 'the room to empty');
    expect(updates.slice(3)).toEqual([
      { users: ['ana'], joined: [], left: ['ben'] },
      { users: [], joined: [], left: ['ana'] },
    ]);
    stopWatching();
    const missing = await new Promise<any>((resolve) =>
      client(ben.token).subscribe(
        { query: print(PRESENCE), variables: { room: 'no-such-room' } },
        { next: resolve, error: resolve, complete: () => undefined },
      ),
    );
    expect(missing.errors?.[0]?.extensions?.code ?? missing[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('closes unauthenticated sockets with 4401 and bad tokens with 4403', async () => {
    for (const [token, expected] of [
      [undefined, 4401],
      ['not-a-jwt', 4403],
    ] as const) {
      let code = 0;
      const subscriber = new RoomSubscriber(
        client(token, (c) => (code = c)),
        'film-noir-fans',
      );
      await waitUntil(() => code !== 0, 'the socket to close');
      expect(code).toBe(expected);
      expect(subscriber.received).toEqual([]);
    }
  });

  it('closes a socket when its token expires', async () => {
    const secret = fs.readFileSync(path.join(server.dataDir, 'jwt-secret'), 'utf8');
    const me = dataOf(
      await server.gql(
        graphql(`
          query ChatMe {
            me {
              id
            }
          }
        `),
        {},
        bearer(ana.token),
      ),
    ).me!;
    const shortLived = jwt.sign({ sub: me.id, ver: 0 }, secret, { algorithm: 'HS256', expiresIn: 2 });
    let code = 0;
    const subscriber = new RoomSubscriber(
      client(shortLived, (c) => (code = c)),
      'film-noir-fans',
    );
    await subscribed('film-noir-fans', 1);
    await waitUntil(() => code !== 0, 'the expiry close', 5000);
    expect(code).toBe(4401);
    expect(subscriber.errors).toHaveLength(1);
  });

  it('delivers every message to every subscriber exactly once, in order, and stores each once', async () => {
    const subscribers = [
      new RoomSubscriber(client(ana.token), 'film-noir-fans'),
      new RoomSubscriber(client(ben.token), 'film-noir-fans'),
    ];
    await subscribed('film-noir-fans', 2);
    const sent: string[] = [];
    for (let i = 0; i < 20; i++) {
      const { sendMessage } = dataOf(await send(i % 2 ? ben.token : ana.token, `message ${i}`));
      expect(sendMessage).toMatchObject({
        content: `message ${i}`,
        author: { username: i % 2 ? 'ben' : 'ana' },
        room: { slug: 'film-noir-fans' },
      });
      sent.push(sendMessage.id);
    }
    for (const subscriber of subscribers) {
      await subscriber.waitFor(20);
      expect(subscriber.errors).toEqual([]);
      expect(subscriber.received.map((m) => m.id)).toEqual(sent);
      subscriber.close();
    }
    expect([...sent].sort()).toEqual(sent);
    const stored = await server.app.services.orm.em.fork().find(Message, { id: { $in: sent } });
    expect(stored).toHaveLength(20);
  });

  it('pages history backwards with last/before, oldest first within a page', async () => {
    const latest = dataOf(await server.gql(HISTORY, { slug: 'film-noir-fans', last: 5 })).room!.messages;
    expect(latest.map((m: { content: string }) => m.content)).toEqual([
      'message 15',
      'message 16',
      'message 17',
      'message 18',
      'message 19',
    ]);
    const older = dataOf(await server.gql(HISTORY, { slug: 'film-noir-fans', last: 3, before: latest[0].id })).room!
      .messages;
    expect(older.map((m: { content: string }) => m.content)).toEqual(['message 12', 'message 13', 'message 14']);
    expect((await server.gql(HISTORY, { slug: 'film-noir-fans', last: 201 })).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await server.gql(HISTORY, { slug: 'film-noir-fans', before: 'nope' })).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('treats a retried send with the same clientMessageId as one message', async () => {
    const first = dataOf(await send(ana.token, 'only once', 'film-noir-fans', 'client-42')).sendMessage;
    const retry = dataOf(await send(ana.token, 'only once', 'film-noir-fans', 'client-42')).sendMessage;
    expect(retry).toEqual(first);
    const rows = await server.app.services.orm.em.fork().find(Message, { eventId: first.eventId });
    expect(rows).toHaveLength(1);
    const otherUser = dataOf(await send(ben.token, 'only once', 'film-noir-fans', 'client-42')).sendMessage;
    expect(otherUser.id).not.toBe(first.id);
  });

  it('replays what a reconnecting client missed, then goes live', async () => {
    const first = new RoomSubscriber(client(ana.token), 'area-51-sci-fi');
    await subscribed('area-51-sci-fi', 1);
    for (let i = 0; i < 3; i++) await send(ben.token, `before ${i}`, 'area-51-sci-fi');
    await first.waitFor(3);
    first.close();
    await waitUntil(
      () => server.app.services.chat.bus.subscriberCount('area-51-sci-fi') === 0,
      'the first subscription to end',
    );
    for (let i = 0; i < 3; i++) await send(ben.token, `missed ${i}`, 'area-51-sci-fi');
    const resumed = new RoomSubscriber(client(ana.token), 'area-51-sci-fi', first.received[2].id);
    await resumed.waitFor(3);
    await subscribed('area-51-sci-fi', 1);
    await send(ben.token, 'live again', 'area-51-sci-fi');
    await resumed.waitFor(4);
    expect(resumed.received.map((m) => m.content)).toEqual(['missed 0', 'missed 1', 'missed 2', 'live again']);
    resumed.close();
  });

  it('answers a subscription to a missing room with NOT_FOUND', async () => {
    const subscriber = new RoomSubscriber(client(ana.token), 'nowhere');
    await waitUntil(() => subscriber.errors.length > 0 || subscriber.completed, 'an error');
    expect((subscriber.errors[0] as { extensions?: { code?: string } }).extensions?.code).toBe('NOT_FOUND');
  });
});
