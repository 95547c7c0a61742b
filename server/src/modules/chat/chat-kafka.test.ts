import { print, type DocumentNode } from 'graphql';
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Client } from 'graphql-ws';
import { createApp, type App } from '../../app';
import { loadConfig, type AppConfig } from '../../config';
import { createTestDatabase, tempDir, type TestDatabase } from '../../../test/harness';
import { RoomSubscriber, waitUntil, wsClient } from '../../../test/chat-clients';
import { freePort, TEST_KAFKA_BROKER } from '../../../test/services';
import { PERSISTER_ENTRY, startProcess, type RunningProcess } from '../../../test/processes';
import { graphql } from '../../../test/__generated__';

/**
 * Chat through a real Kafka broker (kafka-infra/local-kafka.sh): two server instances, each with
 * its embedded broadcaster, and the persister as a separate process that gets SIGKILLed.
 */
const ROOM = 'kafka-lounge';

/** Global setup probed the broker: CI fails without one; a laptop skips, naming the start command. */
const describeWithKafka = process.env.MYMDB_TEST_KAFKA === '1' ? describe : describe.skip;

describeWithKafka('chat through real Kafka', () => {
  const run = crypto.randomBytes(3).toString('hex');
  const env = {
    KAFKA_BROKERS: TEST_KAFKA_BROKER,
    KAFKA_TOPIC: `chat-test-${run}`,
    KAFKA_PERSISTER_GROUP_ID: `chat-db-writer-test-${run}`,
    KAFKA_TOPIC_PARTITIONS: '3',
    LOG_LEVEL: 'error',
    SEED_DEMO: 'false',
  };
  const dataDir = tempDir();
  let database: TestDatabase;
  let config: AppConfig;
  let instances: App[] = [];
  let urls: string[] = [];
  let persister: RunningProcess | undefined;
  const clients: Client[] = [];
  const tokens: string[] = [];

  let persisterPort = 0;
  const startPersister = () =>
    startProcess(PERSISTER_ENTRY, persisterPort, {
      ...env,
      DATA_DIR: dataDir,
      DATABASE_URL: config.database.kind === 'postgresql' ? config.database.url : `sqlite:${config.database.file}`,
      PERSISTER_PORT: String(persisterPort),
    });
  const gql = async (
    instance: number,
    query: DocumentNode | string,
    variables: Record<string, unknown>,
    token?: string,
  ) => {
    const response = await fetch(`${urls[instance]}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const send = async (instance: number, content: string) =>
    (
      await gql(
        instance,
        graphql(`
          mutation ChatKafkaSendMessage($input: SendMessageInput!) {
            sendMessage(input: $input) {
              id
              eventId
            }
          }
        `),
        { input: { roomSlug: ROOM, content } },
        tokens[instance],
      )
    ).sendMessage as { id: string; eventId: string };
  const storedEventIds = async () =>
    (await instances[0].services.orm.em.getKnex()<{ event_id: string }>('message').select('event_id')).map(
      (r) => r.event_id,
    );
  const subscribed = (count: number, on = [0, 1]) =>
    waitUntil(
      () => on.every((i) => instances[i].services.chat.bus.subscriberCount(ROOM) >= count),
      `${count} subscribers on instances ${on.join(', ')}`,
    );

  beforeAll(async () => {
    const dialect = process.env.MYMDB_TEST_POSTGRES === '1' ? 'postgresql' : 'sqlite';
    database = await createTestDatabase(dialect, dataDir);
    config = { ...loadConfig({ ...env, DATA_DIR: dataDir }), database: database.config };
    // Both instances start at the same moment against one fresh database: the migration must not race.
    instances = await Promise.all([createApp(config), createApp(config)]);
    urls = (await Promise.all(instances.map((app) => app.start(0, '127.0.0.1')))).map(
      (port) => `http://127.0.0.1:${port}`,
    );
    persisterPort = await freePort();
    persister = await startPersister();
    for (const [i, name] of ['kafka-ann', 'kafka-bob'].entries()) {
      const password = `Saffron-Meadow-${i}-77`;
      const { signup } = await gql(
        i,
        graphql(`
          mutation ChatKafkaSignup($input: SignupInput!) {
            signup(input: $input) {
              token
            }
          }
        `),
        {
          input: { username: name, email: `${name}@example.test`, password },
        },
      );
      tokens.push(signup.token);
    }
    await gql(
      0,
      graphql(`
        mutation ChatKafkaCreateRoom {
          createRoom(input: { name: "Kafka Lounge" }) {
            slug
          }
        }
      `),
      {},
      tokens[0],
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all(clients.map(async (c) => c.dispose()));
    await persister?.stop();
    await Promise.all(instances.map((app) => app.stop()));
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  const subscriberOn = (instance: number, after?: string) => {
    const client = wsClient(urls[instance], `Bearer ${tokens[instance]}`);
    clients.push(client);
    return new RoomSubscriber(client, ROOM, after);
  };

  it("serves the persister's health checks and metrics on a port of its own", async () => {
    const base = `http://127.0.0.1:${persisterPort}`;
    await waitUntil(
      async () => (await fetch(`${base}/readyz`).catch(() => null))?.status === 200,
      'the persister to be ready',
    );
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${base}/metrics`)).text()).toMatch(/chat_persister_batches_total/);
  });

  it('both instances came up on one fresh database and run a Kafka broadcaster each', async () => {
    expect(instances.map((app) => app.services.chat.bus.kind)).toEqual(['kafka', 'kafka']);
    expect(await (await fetch(`${urls[1]}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('delivers messages sent through either instance to every subscriber once, in order, and persists each once', async () => {
    const subscribers = [subscriberOn(0), subscriberOn(0), subscriberOn(1), subscriberOn(1)];
    await subscribed(2);
    const sent: string[] = [];
    for (let i = 0; i < 30; i++) sent.push((await send(i % 2, `hello ${i}`)).eventId);
    for (const subscriber of subscribers) {
      await subscriber.waitFor(30);
      expect(subscriber.errors).toEqual([]);
      expect(subscriber.received.map((m) => m.eventId)).toEqual(sent);
      subscriber.close();
    }
    await waitUntil(async () => (await storedEventIds()).length >= 30, 'the persister to write 30 rows');
    expect((await storedEventIds()).sort()).toEqual([...sent].sort());
  }, 60_000);

  it('still writes exactly one row per message when the persister is SIGKILLed mid-stream and restarted', async () => {
    const before = await storedEventIds();
    const sent: string[] = [];
    for (let i = 0; i < 40; i++) {
      sent.push((await send(i % 2, `through the crash ${i}`)).eventId);
      if (i === 15) {
        await persister!.stop('SIGKILL');
      }
    }
    persister = await startPersister();
    const expected = [...before, ...sent].sort();
    await waitUntil(async () => (await storedEventIds()).length >= expected.length, `${expected.length} rows`, 60_000);
    expect((await storedEventIds()).sort()).toEqual(expected);
  }, 90_000);

  it('replays what a reconnecting subscriber missed, then delivers live messages', async () => {
    const first = subscriberOn(1);
    await subscribed(1, [1]);
    const seen = await send(0, 'seen live');
    await first.waitFor(1);
    first.close();
    await waitUntil(() => instances[1].services.chat.bus.subscriberCount(ROOM) === 0, 'the subscription to end');
    const missed = [await send(0, 'missed 1'), await send(1, 'missed 2')];
    const resumed = subscriberOn(1, seen.id);
    await resumed.waitFor(2);
    await subscribed(1, [1]);
    const live = await send(0, 'live after resume');
    await resumed.waitFor(3);
    expect(resumed.received.map((m) => m.eventId)).toEqual([...missed.map((m) => m.eventId), live.eventId]);
    resumed.close();
  }, 60_000);

  it('tells everyone on every instance who is in the room', async () => {
    const updates: string[][] = [];
    const watcher = wsClient(urls[0], `Bearer ${tokens[0]}`);
    clients.push(watcher);
    const stop = watcher.subscribe(
      { query: `subscription { roomPresence(roomSlug: "${ROOM}") { users { username } } }` },
      {
        next: (r: any) => void updates.push(r.data.roomPresence.users.map((u: { username: string }) => u.username)),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await waitUntil(() => updates.length > 0, 'the first presence update');
    const ann = subscriberOn(0);
    const bob = subscriberOn(1);
    // bob is on the other instance: his arrival reaches instance 0 through Kafka.
    await waitUntil(() => updates.at(-1)!.join() === 'kafka-ann,kafka-bob', 'both on the list', 20_000);
    const present = await gql(1, `{ room(slug: "${ROOM}") { present { username } } }`, {});
    expect(present.room.present).toEqual([{ username: 'kafka-ann' }, { username: 'kafka-bob' }]);
    // An instance started now learns the list from the recent snapshots on the presence topic.
    const late = await createApp(config);
    instances.push(late);
    const lateNames = () =>
      late.services.chat.presence
        .usersIn(ROOM)
        .map((u) => u.username)
        .join();
    await waitUntil(() => lateNames() === 'kafka-ann,kafka-bob', 'the late instance to know', 20_000);
    bob.close();
    await waitUntil(() => updates.at(-1)!.join() === 'kafka-ann', 'bob to leave', 20_000);
    ann.close();
    await waitUntil(() => updates.at(-1)!.length === 0, 'the room to empty', 20_000);
    stop();
  }, 60_000);

  it("closes a user's sockets on the other instance within 5 s of a logout, through Kafka", async () => {
    const { signup } = await gql(
      0,
      graphql(`
        mutation ChatKafkaSignup2($input: SignupInput!) {
          signup(input: $input) {
            token
          }
        }
      `),
      {
        input: { username: 'kafka-carol', email: 'kafka-carol@example.test', password: 'Saffron-Meadow-carol-77' },
      },
    );
    let closedWith = 0;
    const client = wsClient(urls[1], `Bearer ${signup.token}`, (code) => (closedWith = code));
    clients.push(client);
    const carol = new RoomSubscriber(client, ROOM);
    await subscribed(1, [1]);
    await gql(
      0,
      graphql(`
        mutation ChatKafkaLogout {
          logout
        }
      `),
      {},
      signup.token,
    );
    await waitUntil(() => closedWith !== 0, 'the socket on instance 1 to close', 5_000);
    expect(closedWith).toBe(4403);
    carol.close();
  }, 30_000);

  it('answers a send retried through the other instance with the same message, delivered once', async () => {
    const subscriber = subscriberOn(0);
    await subscribed(1, [0]);
    const SEND = graphql(`
      mutation ChatKafkaRetry($input: SendMessageInput!) {
        sendMessage(input: $input) {
          id
          eventId
        }
      }
    `);
    const input = { roomSlug: ROOM, content: 'sent twice', clientMessageId: `retry-${run}` };
    // Both attempts at once, one per instance: the persister cannot have written either yet.
    const [first, retry] = (await Promise.all([
      gql(0, SEND, { input }, tokens[0]),
      gql(1, SEND, { input }, tokens[0]),
    ])) as Array<{ sendMessage: { id: string; eventId: string } }>;
    expect(retry.sendMessage).toEqual(first.sendMessage);
    const marker = await send(0, 'after the retry');
    await waitUntil(() => subscriber.received.some((m) => m.eventId === marker.eventId), 'the marker message');
    expect(subscriber.received.filter((m) => m.eventId === first.sendMessage.eventId)).toHaveLength(1);
    subscriber.close();
    // Both consumers report how far behind they are; the persister what it wrote.
    expect(await (await fetch(`${urls[0]}/metrics`)).text()).toMatch(
      /kafka_consumer_lag\{consumer="broadcaster"\} \d+/,
    );
    const persisterMetrics = await (await fetch(`http://127.0.0.1:${persisterPort}/metrics`)).text();
    expect(persisterMetrics).toMatch(/kafka_consumer_lag\{consumer="persister",partition="\d+"\} \d+/);
    expect(persisterMetrics).toMatch(/chat_messages_persisted_total\{outcome="inserted"\} [1-9]/);
  }, 30_000);
});
