import crypto from 'node:crypto';
import fs from 'node:fs';
import { print, type DocumentNode } from 'graphql';
import { createApp, type App } from './app';
import { loadConfig } from './config';
import { createTestDatabase, tempDir, type TestDatabase } from '../test/harness';
import { RoomSubscriber, waitUntil, wsClient } from '../test/chat-clients';
import { graphql } from '../test/__generated__';
import { startNginx, type RunningNginx } from '../test/nginx';
import { freePort, TEST_KAFKA_BROKER } from '../test/services';

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
  mutation LbCreateRoom {
    createRoom(input: { name: "Balanced" }) {
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

/**
 * Two instances on one PostgreSQL and one Kafka, behind nginx with the deployment's proxy
 * settings (round robin, no stickiness): whichever instance answers, the user sees one service.
 */
describeBehindNginx('several instances behind nginx', () => {
  const run = crypto.randomBytes(3).toString('hex');
  const dataDir = tempDir();
  let database: TestDatabase;
  let instances: App[] = [];
  let ports: number[] = [];
  let nginx: RunningNginx;
  let config: ReturnType<typeof loadConfig>;

  beforeAll(async () => {
    database = await createTestDatabase('postgresql', dataDir);
    config = {
      ...loadConfig({
        DATA_DIR: dataDir,
        LOG_LEVEL: 'error',
        SEED_DEMO: 'true',
        KAFKA_BROKERS: TEST_KAFKA_BROKER,
        KAFKA_TOPIC: `chat-lb-${run}`,
        TRUST_PROXY: 'loopback',
      }),
      database: database.config,
    };
    instances = await Promise.all([createApp(config), createApp(config)]);
    ports = await Promise.all(instances.map((app) => app.start(0, '127.0.0.1')));
    nginx = await startNginx(
      dataDir,
      await freePort(),
      ports.map((port) => `127.0.0.1:${port}`),
    );
  }, 120_000);
  afterAll(async () => {
    await nginx?.stop();
    await Promise.all(instances.map((app) => app.stop()));
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
  const operationsAnswered = async (port: number) => {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    return [...text.matchAll(/graphql_operation_duration_seconds_count\{[^}]*\} (\d+)/g)].reduce(
      (sum, m) => sum + Number(m[1]),
      0,
    );
  };

  it('spreads requests over both instances, and refuses the sixth wrong password whichever answers', async () => {
    const { data } = await post(SIGNUP, {
      input: { username: 'balanced', email: 'balanced@example.test', password: 'Lantern-balanced-91!' },
    });
    expect(data.signup.token).toBeTruthy();
    const codes: string[] = [];
    for (let i = 0; i < 6; i++)
      codes.push(code(await post(LOGIN, { input: { username: 'balanced', password: `wrong-${i}` } })));
    expect(codes).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'TOO_MANY_REQUESTS',
    ]);
    expect(await operationsAnswered(ports[0])).toBeGreaterThan(0);
    expect(await operationsAnswered(ports[1])).toBeGreaterThan(0);
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

  it('delivers a send retried through the other instance once, over a WebSocket upgraded by nginx', async () => {
    const { data } = await post(SIGNUP, {
      input: { username: 'chatty', email: 'chatty@example.test', password: 'Lantern-chatty-91!' },
    });
    const token: string = data.signup.token;
    expect(code(await post(CREATE_ROOM, {}, token))).toBe('OK');
    const client = wsClient(nginx.url, `Bearer ${token}`);
    const subscriber = new RoomSubscriber(client, 'balanced');
    await waitUntil(
      () => instances.some((app) => app.services.chat.bus.subscriberCount('balanced') > 0),
      'the subscription',
    );
    const input = { roomSlug: 'balanced', content: 'once only', clientMessageId: `lb-${run}` };
    // Round robin: the retry reaches the other instance.
    const [first, retry] = [await post(SEND, { input }, token), await post(SEND, { input }, token)];
    expect(retry.data.sendMessage).toEqual(first.data.sendMessage);
    const marker = (await post(SEND, { input: { roomSlug: 'balanced', content: 'marker' } }, token)).data.sendMessage;
    await waitUntil(() => subscriber.received.some((m) => m.eventId === marker.eventId), 'the marker');
    expect(subscriber.received.filter((m) => m.eventId === first.data.sendMessage.eventId)).toHaveLength(1);
    subscriber.close();
    await client.dispose();
  }, 60_000);

  it('restarts every instance in turn under a steady read load without failing a request', async () => {
    const url = `${nginx.url}/graphql?query=${encodeURIComponent('{ movies(first: 1) { totalCount } }')}`;
    let ok = 0;
    const failures: string[] = [];
    let loading = true;
    // Reads are GETs: nginx retries an idempotent request on the other instance when one goes away.
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
      await instances[i].stop();
      instances[i] = await createApp(config);
      await instances[i].start(ports[i], '127.0.0.1');
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
  }, 120_000);
});
