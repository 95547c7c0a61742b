import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * The chat bench's audience, in its own process so that receiving 200 x N frames does not starve
 * the load generator's event loop. Started by bench/chat.ts with IPC; it subscribes
 * BENCH_SUBSCRIBERS clients round-robin over BENCH_URLS, then answers 'report' requests with
 * per-client counts and the latencies of messages whose content carries a send timestamp.
 */
const urls = (process.env.BENCH_URLS ?? '').split(',');
const token = process.env.BENCH_TOKEN ?? '';
const count = Number(process.env.BENCH_SUBSCRIBERS ?? 200);
const roomSlug = process.env.BENCH_ROOM ?? 'bench-room';

const now = () => performance.timeOrigin + performance.now();
const received = new Array<number>(count).fill(0);
const latencies: number[] = [];
const clients: Client[] = [];
let connected = 0;

for (let s = 0; s < count; s++) {
  const client = createClient({
    url: `${urls[s % urls.length].replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    on: { connected: () => void (++connected === count && setTimeout(() => process.send!({ type: 'ready' }), 1000)) },
  });
  clients.push(client);
  client.subscribe<{ messageAdded: { content: string } }>(
    {
      query: `subscription ($room: String!) { messageAdded(roomSlug: $room) { content } }`,
      variables: { room: roomSlug },
    },
    {
      next: ({ data }) => {
        received[s]++;
        const content = data!.messageAdded.content;
        // "latency <n> <sent at, ms since the epoch with sub-ms precision>"
        if (content.startsWith('latency ')) latencies.push(now() - Number(content.split(' ')[2]));
      },
      error: (error) => console.error('subscriber error', error),
      complete: () => undefined,
    },
  );
}

process.on('message', (message: { type: string }) => {
  if (message.type === 'report') process.send!({ type: 'report', received, latencies });
  if (message.type === 'stop')
    void Promise.all(clients.map(async (client) => client.dispose())).then(() => process.exit(0));
});
// A clean exit on SIGTERM (the bench stops it by PID), so a CPU profile, when asked for, is written.
process.on('SIGTERM', () => process.exit(0));
