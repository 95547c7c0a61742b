import crypto from 'node:crypto';
import fs from 'node:fs';
import { print, type DocumentNode } from 'graphql';
import type { Client } from 'graphql-ws';
import pg from 'pg';
import { createTestDatabase, tempDir, type TestDatabase } from '../test/harness';
import { MESSAGE_ADDED, waitUntil, wsClient, type LiveMessage } from '../test/chat-clients';
import { graphql } from '../test/__generated__';
import { startNginx, type RunningNginx } from '../test/nginx';
import { metricSum, PERSISTER_ENTRY, SERVER_ENTRY, startProcess, type RunningProcess } from '../test/processes';
import { freePorts, TEST_KAFKA_BROKER } from '../test/services';

const SIGNUP = graphql(`
  mutation LbSignup($input: SignupInput!) {
    signup(input: $input) {
      token
    }
  }
`);
const LOGIN = graphql(`
  mutation LbLogin($input: LoginInput!) {
    login(input: $input) {
      token
    }
  }
`);
const ASK = graphql(`
  mutation LbAskBot($input: AskBotInput!) {
    askBot(input: $input) {
      conversationId
      movies {
        id
      }
    }
  }
`);
const CREATE_ROOM = graphql(`
  mutation LbCreateRoom($name: String!) {
    createRoom(input: { name: $name }) {
      slug
    }
  }
`);
const SEND = graphql(`
  mutation LbSend($input: SendMessageInput!) {
    sendMessage(input: $input) {
      id
      eventId
    }
  }
`);

/** PostgreSQL, Kafka and nginx all run: CI has them; a laptop without one skips (global setup named the command). */
const everything = ['MYMDB_TEST_POSTGRES', 'MYMDB_TEST_KAFKA', 'MYMDB_TEST_NGINX'].every(
  (name) => process.env[name] === '1',
);
const describeBehindNginx = everything ? describe : describe.skip;
const INSTANCES = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A chat client as the web client behaves: it subscribes `after` the newest message it had when
 * joining, and when its socket drops it reconnects (through nginx, so to another instance) with
 * that same `after`, so everything since joining is replayed; it keeps one copy of each message.
 */
class ResumingSubscriber {
  /** Every message once, by event id. */
  readonly messages = new Map<string, LiveMessage>();
  /** An event id delivered twice on one subscription (replays after a reconnect are expected). */
  readonly repeatedWithinOneSubscription: string[] = [];
  reconnects = 0;
  private client?: Client;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly authorization: string,
    private readonly roomSlug: string,
    private readonly joinedAfter = '00000000000000000000000000',
  ) {
    this.connect();
  }

  private connect(): void {
    const client = wsClient(this.url, this.authorization);
    this.client = client;
    const seen = new Set<string>();
    const dropped = () => {
      if (this.stopped) return;
      this.reconnects++;
      void client.dispose();
      setTimeout(() => this.connect(), 100);
    };
    client.subscribe<{ messageAdded: LiveMessage }>(
      { query: print(MESSAGE_ADDED), variables: { roomSlug: this.roomSlug, after: this.joinedAfter } },
      {
        next: ({ data }) => {
          if (!data) return;
          const message = data.messageAdded;
          if (seen.has(message.eventId)) this.repeatedWithinOneSubscription.push(message.eventId);
          seen.add(message.eventId);
          this.messages.set(message.eventId, message);
        },
        error: dropped,
        complete: dropped,
      },
    );
  }

  has(eventId: string): boolean {
    return this.messages.has(eventId);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.dispose();
  }
}

/**
 * The deployment on one machine: PostgreSQL, Kafka, three server processes and the persister
 * process behind Debian's nginx with deploy/nginx/mymdb.conf (round robin, no stickiness).
 * Whichever instance answers, and whichever dies, the user sees one service.
 */
describeBehindNginx('three instances and the persister behind nginx', () => {
  const run = crypto.randomBytes(3).toString('hex');
  const dataDir = tempDir();
  let database: TestDatabase;
  let databaseUrl: string;
  const instances: RunningProcess[] = [];
  let ports: number[] = [];
  let persister: RunningProcess;
  let nginx: RunningNginx;
  const shared = {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
    KAFKA_BROKERS: TEST_KAFKA_BROKER,
    KAFKA_TOPIC: `chat-lb-${run}`,
    KAFKA_PERSISTER_GROUP_ID: `chat-db-writer-lb-${run}`,
  };
  const startInstance = (port: number) =>
    startProcess(SERVER_ENTRY, port, {
      ...shared,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: '5',
      HOST: '127.0.0.1',
      PORT: String(port),
      SEED_DEMO: 'true',
      TRUST_PROXY: 'loopback',
      JWT_SECRET: `lb-secret-${run}-shared-by-every-instance`,
      // The burst below is one user's 120 messages in seconds; login throttles keep their defaults.
      CHAT_MESSAGES_PER_USER_PER_MINUTE: '100000',
    });

  beforeAll(async () => {
    database = await createTestDatabase('postgresql', dataDir);
    databaseUrl = (database.config as { url: string }).url;
    const [persisterPort, nginxPort, ...instancePorts] = await freePorts(INSTANCES + 2);
    ports = instancePorts;
    // All three start at once on a fresh database: migrations and the demo seed must not race.
    instances.push(...(await Promise.all(ports.map(startInstance))));
    persister = await startProcess(PERSISTER_ENTRY, persisterPort, {
      ...shared,
      DATABASE_URL: databaseUrl,
      PERSISTER_PORT: String(persisterPort),
    });
    nginx = await startNginx(
      dataDir,
      nginxPort,
      ports.map((port) => `127.0.0.1:${port}`),
    );
  }, 180_000);
  afterAll(async () => {
    await nginx?.stop();
    await Promise.all([...instances, persister].map((child) => child?.stop()));
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  const post = async (query: DocumentNode, variables: object = {}, token?: string) => {
    const response = await fetch(`${nginx.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(query), variables }),
    });
    return (await response.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> };
  };
  const code = (body: { errors?: Array<{ extensions?: { code?: string } }> }) =>
    body.errors?.[0]?.extensions?.code ?? 'OK';
  const metricsOf = async (url: string) => {
    const response = await fetch(`${url}/metrics`);
    expect(response.status).toBe(200);
    return response.text();
  };
  const subscriptionsOn = async (instance: RunningProcess) =>
    metricSum(await metricsOf(instance.url), 'graphql_subscriptions');
  const signUp = async (username: string) =>
    (
      await post(SIGNUP, {
        input: { username, email: `${username}@example.test`, password: `Lantern-${username}-91!` },
      })
    ).data.signup.token as string;

  it('spreads requests over all three instances, and refuses the sixth wrong password whichever answers', async () => {
    expect(await signUp('balanced')).toBeTruthy();
    const codes: string[] = [];
    for (let i = 0; i < 6; i++)
      codes.push(code(await post(LOGIN, { input: { username: 'balanced', password: `wrong-${i}` } })));
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'TOO_MANY_REQUESTS']);
    for (const instance of instances)
      expect(metricSum(await metricsOf(instance.url), 'graphql_operation_duration_seconds_count')).toBeGreaterThan(0);
  });

  it('serves the built web client from the compiled server, through nginx, on every page path', async () => {
    for (const page of ['/', '/movies/1', '/people/1']) {
      const response = await fetch(`${nginx.url}${page}`, { headers: { accept: 'text/html' } });
      expect({ page, status: response.status }).toEqual({ page, status: 200 });
      expect(await response.text()).toContain('<div id="root"></div>');
    }
  });

  it('continues a bot conversation whichever instance takes the next question', async () => {
    const first = (await post(ASK, { input: { message: 'crime films' } })).data.askBot;
    const shown = new Set<string>(first.movies.map((m: { id: string }) => m.id));
    for (let i = 0; i < 3; i++) {
      const more = (await post(ASK, { input: { message: 'more', conversationId: first.conversationId } })).data.askBot;
      for (const movie of more.movies as Array<{ id: string }>) {
        expect(shown.has(movie.id)).toBe(false);
        shown.add(movie.id);
      }
    }
    expect(shown.size).toBeGreaterThan(first.movies.length);
  });

  it('delivers a send retried through another instance once, over a WebSocket upgraded by nginx', async () => {
    const token = await signUp('chatty');
    expect(code(await post(CREATE_ROOM, { name: 'Balanced' }, token))).toBe('OK');
    const subscriber = new ResumingSubscriber(nginx.url, `Bearer ${token}`, 'balanced');
    await waitUntil(
      async () => (await Promise.all(instances.map(subscriptionsOn))).some((n) => n > 0),
      'a subscription',
    );
    const input = { roomSlug: 'balanced', content: 'once only', clientMessageId: `lb-${run}` };
    // Round robin: the retry reaches another instance.
    const [first, retry] = [await post(SEND, { input }, token), await post(SEND, { input }, token)];
    expect(retry.data.sendMessage).toEqual(first.data.sendMessage);
    const marker = (await post(SEND, { input: { roomSlug: 'balanced', content: 'marker' } }, token)).data.sendMessage;
    await waitUntil(() => subscriber.has(marker.eventId), 'the marker');
    expect(subscriber.has(first.data.sendMessage.eventId)).toBe(true);
    expect(subscriber.repeatedWithinOneSubscription).toEqual([]);
    await subscriber.stop();
  }, 60_000);

  it('loses no message when an instance is killed during a burst: its subscribers resume through nginx', async () => {
    const token = await signUp('burster');
    expect(code(await post(CREATE_ROOM, { name: 'Burst' }, token))).toBe('OK');
    const subscribers = Array.from({ length: 6 }, () => new ResumingSubscriber(nginx.url, `Bearer ${token}`, 'burst'));
    await waitUntil(
      async () => (await Promise.all(instances.map(subscriptionsOn))).reduce((a, b) => a + b, 0) >= 6,
      'six subscriptions',
    );
    const perInstance = await Promise.all(instances.map(subscriptionsOn));
    const victim = perInstance.indexOf(Math.max(...perInstance));
    expect(perInstance[victim]).toBeGreaterThan(0);

    // Four senders, as clients do it: a send that fails (its instance died under it) is retried
    // with the same clientMessageId until it is accepted. The kill lands while sends are in flight.
    const total = 120;
    const senders = 4;
    const accepted: string[] = [];
    let retries = 0;
    let killed: Promise<void> | undefined;
    const sender = async (s: number) => {
      for (let i = s; i < total; i += senders) {
        const input = { roomSlug: 'burst', content: `burst ${i}`, clientMessageId: `burst-${run}-${i}` };
        for (let attempt = 0; ; attempt++) {
          const body = await post(SEND, { input }, token).catch((error: unknown) => ({
            errors: [{ message: String(error) }],
          }));
          if ('data' in body && body.data?.sendMessage) {
            accepted.push(body.data.sendMessage.eventId as string);
            break;
          }
          retries++;
          if (attempt === 50) throw new Error(`send ${i} never accepted: ${JSON.stringify(body)}`);
          await sleep(100);
        }
        if (accepted.length === 40) killed ??= instances[victim].stop('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: senders }, (_, s) => sender(s)));
    await killed;
    instances[victim] = await startInstance(ports[victim]);

    expect(new Set(accepted).size).toBe(total);
    const everyone = () => subscribers.every((s) => accepted.every((id) => s.has(id)));
    await waitUntil(everyone, `all ${total} messages at all 6 subscribers`, 60_000);
    for (const subscriber of subscribers) {
      expect(subscriber.repeatedWithinOneSubscription).toEqual([]);
      expect([...subscriber.messages.values()].filter((m) => m.content.startsWith('burst '))).toHaveLength(total);
    }
    expect(subscribers.reduce((sum, s) => sum + s.reconnects, 0)).toBeGreaterThanOrEqual(perInstance[victim]);
    await Promise.all(subscribers.map((s) => s.stop()));

    // The persister wrote each once.
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await waitUntil(async () => {
        const { rows } = await client.query<{ count: string; distinct: string }>(
          `select count(*) as count, count(distinct m.event_id) as distinct from message m join room r on r.id = m.room_id where r.slug = 'burst'`,
        );
        return Number(rows[0].count) === total && Number(rows[0].distinct) === total;
      }, `${total} stored messages`);
    } finally {
      await client.end();
    }
    console.info(
      `burst: ${total} messages from ${senders} senders, instance ${victim} killed after 40, ${retries} sends retried`,
    );
  }, 180_000);

  it('restarts every instance in turn under a steady read load without failing a request', async () => {
    const url = `${nginx.url}/graphql?query=${encodeURIComponent('{ movies(first: 1) { totalCount } }')}`;
    let ok = 0;
    const failures: string[] = [];
    let loading = true;
    // Reads are GETs: nginx retries an idempotent request on another instance when one goes away.
    const worker = async () => {
      while (loading) {
        try {
          const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
          const text = await response.text();
          const body = (response.headers.get('content-type') ?? '').includes('json')
            ? (JSON.parse(text) as { data?: { movies: { totalCount: number } } })
            : {};
          if (response.ok && body.data?.movies.totalCount) ok++;
          else failures.push(`${response.status} ${text.slice(0, 120)}`);
        } catch (error) {
          failures.push(String(error));
        }
      }
    };
    const workers = Array.from({ length: 8 }, () => worker());
    await waitUntil(() => ok > 50, 'the load to start');
    for (let i = 0; i < instances.length; i++) {
      await instances[i].stop('SIGTERM');
      instances[i] = await startInstance(ports[i]);
      const before = ok;
      await waitUntil(() => ok > before + 50, `reads after restarting instance ${i}`);
    }
    loading = false;
    await Promise.all(workers);
    // On failure, show a sample and nginx's view of it.
    const nginxLog = failures.length ? fs.readFileSync(`${dataDir}/error.log`, 'utf8').slice(0, 2_000) : '';
    expect({ failed: failures.length, sample: failures.slice(0, 2), nginxLog }).toEqual({
      failed: 0,
      sample: [],
      nginxLog: '',
    });
    expect(ok).toBeGreaterThan(150);
  }, 180_000);

  it('scrapes every instance’s and the persister’s /metrics', async () => {
    for (const instance of instances) {
      const text = await metricsOf(instance.url);
      for (const name of ['http_request_duration_seconds_count', 'websocket_connections', 'kafka_consumer_lag'])
        expect(text).toContain(name);
    }
    const persisted = metricSum(await metricsOf(persister.url), 'chat_messages_persisted_total');
    expect(persisted).toBeGreaterThanOrEqual(120);
  });
});
