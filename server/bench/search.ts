import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { peakRssMb, startMyMdb, stopProcess, waitUntilUp } from './processes';
import { SCALE_TITLE_WORDS } from './scale-dataset';
import { freshDatabase, loadScaleDataset } from './scale-database';
import { cpuMeter, measuredRow, requireWrk, runWrk, wrkScript } from './wrk';

/**
 * `npm run bench -- search`: search on the scale dataset, PostgreSQL then SQLite. wrk saturates
 * the server with 20 connections for the grid's query (one word, three words, a misspelt word;
 * first page of 25 with totalCount, ranked by relevance) and for the `search` suggestions. Then 20
 * users type: each asks for suggestions about five times a second, independently (see typing),
 * which is what the suggestions' latency target is about. Prints req/s, p50/p99 and who
 * was busy (server, PostgreSQL, the load generator).
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_SEARCH_CONNECTIONS ?? 20);
const PORT = 4330;

const GRID = `query SearchGrid($q: String!) { movies(first: 25, filter: { search: $q }) { totalCount
  edges { node { id title releaseYear posterUrl averageRating ratingCount genres { id name } } } } }`;
const SUGGEST = `query Suggest($q: String!) { search(query: $q, first: 8) { __typename
  ... on MovieHit { highlight movie { id releaseYear } } ... on PersonHit { highlight person { id directedCount actedInCount } } } }`;

const words = SCALE_TITLE_WORDS.map((word) => word.toLowerCase());
/** One swap of neighbouring letters in the middle of each word: "crmison". */
const misspelt = words.map((word) => word.slice(0, 2) + word[3] + word[2] + word.slice(4));

const CASES: Array<{ name: string; query: string; texts: string[] }> = [
  { name: 'one word', query: GRID, texts: words },
  {
    name: 'three words',
    query: GRID,
    // A generated title, whole: movie n is called "W[n % 16] W[(5n + 3) % 16] n".
    texts: words.map((_, k) => {
      const n = k * 613 + 7;
      return `${words[n % words.length]} ${words[(n * 5 + 3) % words.length]} ${n}`;
    }),
  },
  { name: 'misspelt word', query: GRID, texts: misspelt },
  // What the box asks while someone types a title word or a name: 3 to 6 letters.
  {
    name: 'suggestions while typing',
    query: SUGGEST,
    texts: [...words.flatMap((word) => [word.slice(0, 3), word.slice(0, 5)]), 'horv', 'ada dir', 'kofi actor1'],
  },
];

async function post(body: string): Promise<{ data?: Record<string, unknown>; errors?: unknown }> {
  const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
}

const TYPING_USERS = 20;
const KEYSTROKES_PER_SECOND = 5;

/**
 * 20 people typing: each asks after a random pause (exponential, 200 ms on average: a debounced
 * keystroke), independently of the others and of the answers, over its own kept-alive
 * connection. An open loop with spread arrivals measures the latency someone typing sees;
 * autocannon's rate options send each second's budget in bursts, which measures its queue.
 */
async function typing(pid: number, bodies: string[]) {
  const meter = cpuMeter(pid);
  const clientBefore = process.cpuUsage();
  const agent = new http.Agent({ keepAlive: true, maxSockets: TYPING_USERS });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const ask = (body: string) =>
    new Promise<number>((resolve) => {
      const started = performance.now();
      const request = http.request(
        {
          host: '127.0.0.1',
          port: PORT,
          path: '/graphql',
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json' },
        },
        (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode === 200 ? performance.now() - started : -1));
        },
      );
      request.on('error', () => resolve(-1));
      request.end(body);
    });
  const deadline = performance.now() + SECONDS * 1000;
  const pause = () =>
    new Promise((resolve) => setTimeout(resolve, -Math.log(1 - Math.random()) * (1000 / KEYSTROKES_PER_SECOND)));
  await Promise.all(
    Array.from({ length: TYPING_USERS }, async () => {
      for (await pause(); performance.now() < deadline; await pause()) {
        const took = await ask(bodies[next++ % bodies.length]);
        if (took < 0) errors++;
        else latencies.push(took);
      }
    }),
  );
  agent.destroy();
  const client = process.cpuUsage(clientBefore);
  const { serverCpu, postgresCpu, seconds } = meter();
  const sorted = latencies.sort((a, b) => a - b);
  const percentile = (q: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 10) / 10;
  return {
    reqPerSecond: Math.round(latencies.length / seconds),
    p50: percentile(0.5),
    p99: percentile(0.99),
    errors,
    serverCpu,
    postgresCpu,
    clientCpu: Math.round((100 * (client.user + client.system)) / 1e6 / seconds),
  };
}

export async function benchSearch(): Promise<void> {
  requireWrk();
  const rows: Array<Record<string, string | number>> = [];
  const dialects = (process.env.BENCH_DATABASES ?? 'postgresql,sqlite').split(',') as Array<'sqlite' | 'postgresql'>;
  for (const kind of dialects) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `mymdb-bench-search-${kind}-`));
    const database = await freshDatabase(kind, dataDir, `mymdb_bench_search_${process.pid}`);
    const server = { port: PORT, process: undefined as ReturnType<typeof startMyMdb> | undefined };
    try {
      process.stderr.write(`[search] loading the scale dataset into ${kind} ...\n`);
      await loadScaleDataset(database.config, dataDir);
      server.process = startMyMdb(PORT, dataDir, database.url);
      await waitUntilUp(`http://127.0.0.1:${PORT}/healthz`, server.process);
      for (const bench of CASES) {
        const bodies = bench.texts.map((q) => JSON.stringify({ query: bench.query, variables: { q } }));
        // Every query finds something and none fails, before anything is timed.
        for (const body of bodies) {
          const answer = await post(body);
          const found = answer.data?.movies
            ? (answer.data.movies as { totalCount: number }).totalCount
            : (answer.data?.search as unknown[] | undefined)?.length;
          if (answer.errors || !found) throw new Error(`${bench.name}: ${body} -> ${JSON.stringify(answer)}`);
        }
        const script = wrkScript(dataDir, PORT, '/graphql', bodies);
        const target = { port: PORT, pid: server.process.pid! };
        await runWrk(target, script, CONNECTIONS, 2); // warm-up: JIT, plans, caches
        process.stderr.write(`[search] ${kind}: ${bench.name} ...\n`);
        const result = await runWrk(target, script, CONNECTIONS, SECONDS);
        rows.push({
          database: kind,
          case: bench.name,
          load: `wrk -c${CONNECTIONS}`,
          ...measuredRow(kind, result, target.pid),
        });
        if (bench.query !== SUGGEST) continue;
        process.stderr.write(`[search] ${kind}: ${TYPING_USERS} users typing ...\n`);
        const typed = await typing(target.pid, bodies);
        rows.push({
          database: kind,
          case: bench.name,
          load: `${TYPING_USERS} users × ${KEYSTROKES_PER_SECOND}/s`,
          'req/s': typed.reqPerSecond,
          'p50 ms': typed.p50,
          'p99 ms': typed.p99,
          errors: typed.errors,
          'server CPU %': typed.serverCpu,
          'PostgreSQL CPU %': kind === 'postgresql' ? typed.postgresCpu : '-',
          'load generator CPU %': typed.clientCpu,
          'server peak RSS MB': peakRssMb(target.pid),
        });
      }
    } finally {
      if (server.process) await stopProcess(server.process);
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  console.log(
    `\nSearch on the scale dataset: wrk -t2 -c${CONNECTIONS}, ${SECONDS} s per case, ${os.cpus().length} cores (CPU % is of one core)\n`,
  );
  console.table(rows);
}
