import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { NGINX, startNginx, type RunningNginx } from './nginx';
import { profileArgs, startScript, startServer, stopProcess, until, waitUntilUp } from './processes';

/**
 * `npm run bench -- chat` (also run by `npm run bench`): S subscribers over one room, M messages,
 * end-to-end latency send -> every subscriber (p50/p99) and sendMessage throughput, on the
 * in-process bus (one instance), through Kafka (two instances + the persister, SQLite), and as
 * deployed: Kafka and PostgreSQL with one instance, then three behind nginx (subscribers and
 * senders all go through nginx's round robin). Loopback only; every process it starts is stopped
 * by PID.
 */
const SUBSCRIBERS = Number(process.env.BENCH_CHAT_SUBSCRIBERS ?? 200);
const LATENCY_MESSAGES = Number(process.env.BENCH_CHAT_MESSAGES ?? 300);
const WARMUP_MESSAGES = 100;
const THROUGHPUT_MESSAGES = Number(process.env.BENCH_CHAT_BURST ?? 4000);
const SEND_CONCURRENCY = 50;
const AUDIENCE_PROCESSES = Number(process.env.BENCH_CHAT_AUDIENCE_PROCESSES ?? 2);
const KAFKA = process.env.BENCH_KAFKA_BROKERS ?? '127.0.0.1:9092';
const POSTGRES_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

interface ChatCase {
  bus: 'in-process' | 'kafka';
  database: 'SQLite' | 'PostgreSQL';
  instances: number;
  /** Everything through nginx's round robin instead of straight to the instances. */
  nginx: boolean;
}

interface Result {
  bus: string;
  database: string;
  instances: string;
  subscribers: number;
  'latency p50 ms': number;
  'latency p99 ms': number;
  'sendMessage accepted/s': number;
  'all delivered after s': number;
  'deliveries lost': number;
  'rows persisted': string;
}

/** What a subscriber process reports to the bench. */
interface AudienceMessage {
  type: string;
  received?: number[];
  latencies?: number[];
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/** A fresh PostgreSQL database for one case, dropped afterwards. */
async function freshPostgres(name: string): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`create database ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

async function runCase(
  { bus, database, instances: instanceCount, nginx: throughNginx }: ChatCase,
  firstPort: number,
): Promise<Result> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `mymdb-chat-bench-${bus}-`));
  const run = crypto.randomBytes(3).toString('hex');
  const postgres = database === 'PostgreSQL' ? await freshPostgres(`mymdb_chat_bench_${run}`) : undefined;
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    JWT_SECRET: 'chat-bench-secret-chat-bench-secret-1',
    // 200 subscribers from one address, and one user sending thousands of messages: the abuse
    // limits for a single address or user are not what this measures.
    WS_MAX_SOCKETS_PER_ADDRESS: '10000',
    CHAT_MESSAGES_PER_USER_PER_MINUTE: '10000000',
    ...(postgres ? { DATABASE_URL: postgres.url } : {}),
  };
  if (bus === 'kafka')
    Object.assign(env, {
      KAFKA_BROKERS: KAFKA,
      KAFKA_TOPIC: `chat-bench-${run}`,
      KAFKA_PERSISTER_GROUP_ID: `chat-bench-writer-${run}`,
    });
  const ports = Array.from({ length: instanceCount }, (_, i) => firstPort + i);
  const children: ChildProcess[] = [];
  let nginx: RunningNginx | undefined;
  try {
    // The first instance migrates the SQLite file; the others (and the persister) start after it.
    for (const port of ports) {
      const child = startServer({ ...env, PORT: String(port) });
      children.push(child);
      await waitUntilUp(`http://127.0.0.1:${port}/readyz`, child);
    }
    if (bus === 'kafka') children.push(startScript('dist/persister/src/index.js', env));
    if (throughNginx)
      nginx = await startNginx(
        dataDir,
        firstPort + 50,
        ports.map((port) => `127.0.0.1:${port}`),
      );
    const urls = nginx ? [nginx.url] : ports.map((port) => `http://127.0.0.1:${port}`);
    const { signup } = await gql<{ signup: { token: string } }>(
      urls[0],
      `mutation ($i: SignupInput!) { signup(input: $i) { token } }`,
      {
        i: { username: 'bench-chatter', email: 'bench@chat.test', password: 'Copper-Lantern-Bench-9' },
      },
    );
    const token: string = signup.token;
    await gql(urls[0], `mutation { createRoom(input: { name: "Bench Room" }) { slug } }`, {}, token);

    // The audience runs in processes of its own (see chat-subscribers.ts), the subscribers split
    // between them: one process receiving 200 x N frames would itself become the latency tail.
    const audience = Array.from({ length: AUDIENCE_PROCESSES }, (_, i) => {
      const share = Math.floor(SUBSCRIBERS / AUDIENCE_PROCESSES) + (i < SUBSCRIBERS % AUDIENCE_PROCESSES ? 1 : 0);
      // Each process starts on a different instance, so both instances keep an even share.
      const rotated = [...urls.slice(i % urls.length), ...urls.slice(0, i % urls.length)];
      const child = fork(path.join(__dirname, 'chat-subscribers.js'), [], {
        env: {
          ...process.env,
          BENCH_URLS: rotated.join(','),
          BENCH_TOKEN: token,
          BENCH_SUBSCRIBERS: String(share),
          BENCH_ROOM: 'bench-room',
        },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        execArgv: profileArgs(),
      });
      children.push(child);
      return child;
    });
    const fromAudience = (child: ChildProcess, type: string) =>
      new Promise<AudienceMessage>((resolve, reject) => {
        const onExit = (code: number | null) => reject(new Error(`subscriber process exited (${code})`));
        const onMessage = (message: AudienceMessage) => {
          if (message.type !== type) return;
          child.off('message', onMessage).off('exit', onExit);
          resolve(message);
        };
        child.on('message', onMessage).once('exit', onExit);
      });
    const report = async (): Promise<{ received: number[]; latencies: number[] }> => {
      const answers = await Promise.all(
        audience.map((child) => {
          const answer = fromAudience(child, 'report');
          child.send({ type: 'report' });
          return answer;
        }),
      );
      return {
        received: answers.flatMap((a) => a.received ?? []),
        latencies: answers.flatMap((a) => a.latencies ?? []),
      };
    };
    await Promise.all(audience.map((child) => fromAudience(child, 'ready')));

    const send = (i: number, content: string) =>
      gql<{ sendMessage: { id: string } }>(
        urls[i % urls.length],
        `mutation ($i: SendMessageInput!) { sendMessage(input: $i) { id } }`,
        { i: { roomSlug: 'bench-room', content } },
        token,
      );

    // Warm-up, like the HTTP cases: the first messages pay for JIT compilation everywhere, not timed.
    for (let i = 0; i < WARMUP_MESSAGES; i++) {
      await send(i, `warm-up ${i}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // Latency: a steady 100 messages/s, each carrying its send time, timed to each arrival.
    for (let i = 0; i < LATENCY_MESSAGES; i++) {
      await send(i, `latency ${i} ${performance.timeOrigin + performance.now()}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const steady = WARMUP_MESSAGES + LATENCY_MESSAGES;
    await until(async () => (await report()).received.every((n) => n >= steady), 'latency messages to arrive');
    const latencies = (await report()).latencies.sort((a, b) => a - b);

    // Throughput: a burst of sendMessage with SEND_CONCURRENCY requests in flight, driven by autocannon.
    const burstStarted = performance.now();
    let lastAccepted = burstStarted;
    const burst = await Promise.all(
      urls.map(
        (url) =>
          new Promise<autocannon.Result>((resolve, reject) => {
            const instance = autocannon(
              {
                url: `${url}/graphql`,
                method: 'POST',
                connections: Math.ceil(SEND_CONCURRENCY / urls.length),
                amount: Math.ceil(THROUGHPUT_MESSAGES / urls.length),
                headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
                body: JSON.stringify({
                  query: 'mutation { sendMessage(input: { roomSlug: "bench-room", content: "burst" }) { id } }',
                }),
              },
              (error, result) =>
                error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result),
            );
            // autocannon notices the last response only at its next one-second sample: time it here.
            instance.on('response', (_client: unknown, status: number) => {
              if (status === 200) lastAccepted = performance.now();
            });
          }),
      ),
    );
    const accepted = burst.reduce((sum, r) => sum + r['2xx'], 0);
    const seconds = (lastAccepted - burstStarted) / 1000;
    const acceptedPerSecond = Math.round(accepted / seconds);
    if (accepted !== Math.ceil(THROUGHPUT_MESSAGES / urls.length) * urls.length)
      throw new Error(`only ${accepted} sends accepted`);
    const total = steady + accepted;
    let received: number[] = [];
    await until(
      async () => (received = (await report()).received).every((n) => n >= total),
      'burst messages to arrive',
      180_000,
    ).catch(() => undefined);
    const drainedSeconds = (performance.now() - burstStarted) / 1000;
    const lost = received.reduce((sum, n) => sum + Math.max(0, total - n), 0);

    const { room } = await gql<{ room: { messages: Array<{ id: string }> } }>(
      urls[0],
      `{ room(slug: "bench-room") { messages(last: 1) { id } } }`,
      {},
    );
    const countRows = async () => {
      if (postgres) {
        const client = new pg.Client({ connectionString: postgres.url });
        await client.connect();
        const { rows } = await client
          .query<{ n: string }>('select count(*) as n from message')
          .finally(() => client.end());
        return Number(rows[0].n);
      }
      const { default: Database } = await import('better-sqlite3');
      const db = new Database(path.join(dataDir, 'mymdb.sqlite'), { readonly: true });
      const { n } = db.prepare('select count(*) as n from message').get() as { n: number };
      db.close();
      return n;
    };
    await until(async () => (await countRows()) >= total, 'rows to be persisted', 120_000).catch(() => undefined);
    const rows = await countRows();
    if (!room.messages.length) throw new Error('no history after the run');

    return {
      bus,
      database,
      instances: `${instanceCount}${throughNginx ? ' behind nginx' : ''}`,
      subscribers: SUBSCRIBERS,
      'latency p50 ms': Math.round(percentile(latencies, 50) * 10) / 10,
      'latency p99 ms': Math.round(percentile(latencies, 99) * 10) / 10,
      'sendMessage accepted/s': acceptedPerSecond,
      'all delivered after s': Math.round(drainedSeconds * 10) / 10,
      'deliveries lost': lost,
      'rows persisted': `${rows} / ${total}`,
    };
  } finally {
    for (const child of children.reverse()) await stopProcess(child);
    await nginx?.stop();
    await postgres?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const reachable = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host, port }, () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

export async function benchChat(): Promise<Result[]> {
  const results = [await runCase({ bus: 'in-process', database: 'SQLite', instances: 1, nginx: false }, 4500)];
  const [host, port] = KAFKA.split(':');
  if (!(await reachable(host, Number(port)))) {
    console.error(`chat bench: no Kafka at ${KAFKA}; start one with kafka-infra/local-kafka.sh start`);
    return results;
  }
  results.push(await runCase({ bus: 'kafka', database: 'SQLite', instances: 2, nginx: false }, 4510));
  const postgres = new URL(POSTGRES_URL);
  if (!(await reachable(postgres.hostname, Number(postgres.port || 5432)))) {
    console.error(`chat bench: no PostgreSQL at ${postgres.host}; the deployed-shape cases need it`);
    return results;
  }
  results.push(await runCase({ bus: 'kafka', database: 'PostgreSQL', instances: 1, nginx: false }, 4520));
  if (fs.existsSync(NGINX))
    results.push(await runCase({ bus: 'kafka', database: 'PostgreSQL', instances: 3, nginx: true }, 4530));
  else console.error(`chat bench: no nginx at ${NGINX}; install it with apt-get install -y nginx`);
  return results;
}

if (require.main === module) {
  benchChat().then(
    (results) => console.table(results),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
