import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import autocannon from 'autocannon';
import WebSocket from 'ws';
import { startScript, stopProcess, until, waitUntilUp } from './processes';

/**
 * `npm run bench -- chat` (also run by `npm run bench`): S subscribers over one room, M messages,
 * end-to-end latency send -> every subscriber (p50/p99) and sendMessage throughput, on the
 * in-process bus (one instance) and through Kafka (two instances + the persister). Loopback only;
 * every process it starts is stopped by PID.
 */
const SUBSCRIBERS = Number(process.env.BENCH_CHAT_SUBSCRIBERS ?? 200);
const LATENCY_MESSAGES = Number(process.env.BENCH_CHAT_MESSAGES ?? 300);
const THROUGHPUT_MESSAGES = Number(process.env.BENCH_CHAT_BURST ?? 2000);
const SEND_CONCURRENCY = 50;
const KAFKA = process.env.BENCH_KAFKA_BROKERS ?? '127.0.0.1:9092';

interface Result {
  bus: string;
  instances: number;
  subscribers: number;
  'latency p50 ms': number;
  'latency p99 ms': number;
  'sendMessage accepted/s': number;
  'deliveries lost': number;
  'rows persisted': string;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function runCase(bus: 'in-process' | 'kafka'): Promise<Result> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `mymdb-chat-bench-${bus}-`));
  const run = crypto.randomBytes(3).toString('hex');
  const env: Record<string, string> = { DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'warn', HOST: '127.0.0.1', JWT_SECRET: 'chat-bench-secret-chat-bench-secret-1' };
  if (bus === 'kafka') Object.assign(env, { KAFKA_BROKERS: KAFKA, KAFKA_TOPIC: `chat-bench-${run}`, KAFKA_PERSISTER_GROUP_ID: `chat-bench-writer-${run}` });
  const instanceCount = bus === 'kafka' ? 2 : 1;
  const ports = Array.from({ length: instanceCount }, (_, i) => 4500 + i + (bus === 'kafka' ? 10 : 0));
  const children: ChildProcess[] = [];
  const clients: Client[] = [];
  try {
    // The first instance migrates the SQLite file; the others (and the persister) start after it.
    for (const port of ports) {
      const child = startScript('dist/server/src/index.js', { ...env, PORT: String(port) });
      children.push(child);
      await waitUntilUp(`http://127.0.0.1:${port}/readyz`, child);
    }
    if (bus === 'kafka') children.push(startScript('dist/persister/src/index.js', env));
    const urls = ports.map((port) => `http://127.0.0.1:${port}`);
    const { signup } = await gql(urls[0], `mutation ($i: SignupInput!) { signup(input: $i) { token } }`, {
      i: { username: 'bench-chatter', email: 'bench@chat.test', password: 'Copper-Lantern-Bench-9' },
    });
    const token: string = signup.token;
    await gql(urls[0], `mutation { createRoom(input: { name: "Bench Room" }) { slug } }`, {}, token);

    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    const received = new Array<number>(SUBSCRIBERS).fill(0);
    let subscribedCount = 0;
    for (let s = 0; s < SUBSCRIBERS; s++) {
      const client = createClient({
        url: `${urls[s % urls.length].replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
        on: { connected: () => void subscribedCount++ },
      });
      clients.push(client);
      client.subscribe<{ messageAdded: { content: string } }>(
        { query: `subscription { messageAdded(roomSlug: "bench-room") { content } }` },
        {
          next: ({ data }) => {
            received[s]++;
            const sent = sentAt.get(data!.messageAdded.content);
            if (sent !== undefined) latencies.push(performance.now() - sent);
          },
          error: (error) => console.error('subscriber error', error),
          complete: () => undefined,
        },
      );
    }
    await until(() => subscribedCount === SUBSCRIBERS, 'subscribers to connect');
    await new Promise((resolve) => setTimeout(resolve, 1000)); // let every subscribe message register

    const send = (i: number, content: string) =>
      gql(urls[i % urls.length], `mutation ($i: SendMessageInput!) { sendMessage(input: $i) { id } }`, { i: { roomSlug: 'bench-room', content } }, token);

    // Latency: a steady 100 messages/s, each timed from just before its request to each arrival.
    for (let i = 0; i < LATENCY_MESSAGES; i++) {
      const content = `latency ${i}`;
      sentAt.set(content, performance.now());
      await send(i, content);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await until(() => received.every((n) => n >= LATENCY_MESSAGES), 'latency messages to arrive');
    latencies.sort((a, b) => a - b);

    // Throughput: a burst of sendMessage with SEND_CONCURRENCY requests in flight, driven by autocannon
    // (a fetch loop in this process would be the bottleneck, not the server).
    const burst = await Promise.all(
      urls.map((url) =>
        autocannon({
          url: `${url}/graphql`,
          method: 'POST',
          connections: Math.ceil(SEND_CONCURRENCY / urls.length),
          amount: Math.ceil(THROUGHPUT_MESSAGES / urls.length),
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: 'mutation { sendMessage(input: { roomSlug: "bench-room", content: "burst" }) { id } }' }),
        }),
      ),
    );
    const accepted = burst.reduce((sum, r) => sum + r['2xx'], 0);
    const seconds = Math.max(...burst.map((r) => r.duration));
    const acceptedPerSecond = Math.round(accepted / seconds);
    if (accepted !== Math.ceil(THROUGHPUT_MESSAGES / urls.length) * urls.length) throw new Error(`only ${accepted} sends accepted`);
    const total = LATENCY_MESSAGES + accepted;
    await until(() => received.every((n) => n >= total), 'burst messages to arrive', 180_000).catch(() => undefined);
    const lost = received.reduce((sum, n) => sum + Math.max(0, total - n), 0);

    const { room } = await gql(urls[0], `{ room(slug: "bench-room") { messages(last: 1) { id } } }`, {});
    const countRows = async () => {
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
      instances: instanceCount,
      subscribers: SUBSCRIBERS,
      'latency p50 ms': Math.round(percentile(latencies, 50) * 10) / 10,
      'latency p99 ms': Math.round(percentile(latencies, 99) * 10) / 10,
      'sendMessage accepted/s': acceptedPerSecond,
      'deliveries lost': lost,
      'rows persisted': `${rows} / ${total}`,
    };
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    for (const child of children.reverse()) await stopProcess(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchChat(): Promise<Result[]> {
  const results = [await runCase('in-process')];
  const [host, port] = KAFKA.split(':');
  const kafkaUp = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host, port: Number(port) }, () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
  if (kafkaUp) results.push(await runCase('kafka'));
  else console.error(`chat bench: no Kafka at ${KAFKA}; start one with kafka-infra/local-kafka.sh start`);
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
