import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createApp } from '../src/app';
import { loadConfig, type DatabaseConfig } from '../src/config';
import { DETAIL_QUERY, LIST_QUERY } from './queries';
import { rng, SCALE } from './scale-dataset';
import { benchChat } from './chat';
import { benchClientPages } from './client-pages';
import { benchClientStatements } from './client-statements';
import { benchCostCheck } from './cost-check';
import { benchPeers } from './peers';
import { benchSearch } from './search';
import { benchLighthouse } from './lighthouse';
import { benchRecommendations } from './recommendations';
import { peakRssMb, startMyMdb, startScript, stopProcess, waitUntilUp } from './processes';
import { freshDatabase, loadScaleDataset } from './scale-database';

/**
 * `npm run bench`: loads the scale dataset into SQLite and PostgreSQL, measures importer
 * throughput, then drives the real server (and, on PostgreSQL, a node:http + pg baseline) over
 * loopback with autocannon. Everything it starts it stops by PID.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);

interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  peakRssMb: number;
}

const rows: Array<Record<string, string | number>> = [];

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function detailBodies(ids: number[]): string[] {
  return ids.map((id) =>
    JSON.stringify({ operationName: 'Detail', query: DETAIL_QUERY, variables: { id: String(id) } }),
  );
}

async function load(port: number, pid: number, operation: 'List' | 'Detail', detailIds: number[]): Promise<LoadResult> {
  const bodies =
    operation === 'List' ? [JSON.stringify({ operationName: 'List', query: LIST_QUERY })] : detailBodies(detailIds);
  let next = 0;
  const options = {
    url: `http://127.0.0.1:${port}/graphql`,
    connections: CONNECTIONS,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request: autocannon.Request) => ({ ...request, body: bodies[next++ % bodies.length] }),
      },
    ],
  };
  await autocannon({ ...options, duration: 2 }); // warm-up: JIT, caches, prepared statements
  const result = await autocannon({ ...options, duration: SECONDS });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    peakRssMb: peakRssMb(pid),
  };
}

async function countStatements(
  database: DatabaseConfig,
  dataDir: string,
  detailId: number,
): Promise<{ list: number; detail: number }> {
  let count = 0;
  const config = { ...loadConfig({ DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'error' }), database };
  const app = await createApp(config, { onQuery: () => void count++ });
  const port = await app.start(0, '127.0.0.1');
  const run = async (body: string) => {
    count = 0;
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const json = (await response.json()) as { errors?: unknown };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return count;
  };
  const list = await run(JSON.stringify({ operationName: 'List', query: LIST_QUERY }));
  const detail = await run(detailBodies([detailId])[0]);
  await app.stop();
  return { list, detail };
}

async function benchDialect(
  kind: 'sqlite' | 'postgresql',
  baseline: Partial<Record<'List' | 'Detail', number>>,
): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `mymdb-bench-${kind}-`));
  const database = await freshDatabase(kind, dataDir);
  const children: ChildProcess[] = [];
  try {
    log(`[${kind}] loading ${SCALE.movies} generated records, then ratings and reviews ...`);
    const { movieIds: ids, moviesCreated, importSeconds: seconds } = await loadScaleDataset(database.config, dataDir);
    rows.push({
      case: 'importer',
      database: kind,
      'movies/s': Math.round(moviesCreated / seconds),
      seconds: seconds.toFixed(2),
    });
    const random = rng(99);
    const detailIds = Array.from({ length: 200 }, () => ids[Math.floor(random() * ids.length)]);

    const statements = await countStatements(database.config, dataDir, detailIds[0]);
    const port = 4300 + (kind === 'sqlite' ? 1 : 2);
    const server = startMyMdb(port, dataDir, database.url);
    children.push(server);
    await waitUntilUp(`http://127.0.0.1:${port}/healthz`, server);
    for (const operation of ['List', 'Detail'] as const) {
      log(`[${kind}] ${operation}: ${SECONDS} s at ${CONNECTIONS} connections ...`);
      const result = await load(port, server.pid!, operation, detailIds);
      rows.push({
        case: operation === 'List' ? 'list page (25 movies)' : 'movie detail',
        database: kind,
        'req/s': result.requestsPerSecond,
        'p50 ms': result.p50,
        'p99 ms': result.p99,
        errors: result.errors,
        'server peak RSS MB': result.peakRssMb,
        'SQL statements': operation === 'List' ? statements.list : statements.detail,
        'vs node:http+pg': baseline[operation]
          ? `${Math.round((100 * result.requestsPerSecond) / baseline[operation])} %`
          : '-',
      });
    }
    await stopProcess(server);

    if (kind === 'postgresql') {
      const basePort = 4310;
      const base = startScript('dist/server/bench/baseline-server.js', {
        PORT: String(basePort),
        DATABASE_URL: database.url,
      });
      children.push(base);
      await waitUntilUp(`http://127.0.0.1:${basePort}/`, base);
      for (const operation of ['List', 'Detail'] as const) {
        log(`[baseline] ${operation} ...`);
        const result = await load(basePort, base.pid!, operation, detailIds);
        baseline[operation] = result.requestsPerSecond;
        rows.push({
          case: `baseline ${operation === 'List' ? 'list page' : 'detail'} (node:http + pg, 1 statement)`,
          database: kind,
          'req/s': result.requestsPerSecond,
          'p50 ms': result.p50,
          'p99 ms': result.p99,
          errors: result.errors,
        });
      }
      await stopProcess(base);
    }
  } finally {
    for (const child of children) await stopProcess(child);
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const only = process.argv[2];
  if (only === 'chat') return void console.table(await benchChat());
  if (only === 'peers') return benchPeers({ profile: process.argv.includes('--profile') });
  if (only === 'search') return benchSearch();
  const against = process.argv.indexOf('--against');
  const againstDir = against > 0 ? process.argv[against + 1] : undefined;
  if (only === 'pages') return benchClientPages(againstDir);
  if (only === 'statements') return benchClientStatements(againstDir);
  if (only === 'lighthouse') return benchLighthouse();
  if (only === 'recommendations') return benchRecommendations();
  const baseline: Partial<Record<'List' | 'Detail', number>> = {};
  const dialects = (process.env.BENCH_DATABASES ?? 'postgresql,sqlite').split(',') as Array<'sqlite' | 'postgresql'>;
  // PostgreSQL first: its baseline is the yardstick for both databases.
  for (const kind of dialects) await benchDialect(kind, baseline);
  for (const row of rows) {
    if (row.case === 'list page (25 movies)' || row.case === 'movie detail') {
      const operation = row.case === 'movie detail' ? 'Detail' : 'List';
      if (baseline[operation])
        row['vs node:http+pg'] = `${Math.round((100 * Number(row['req/s'])) / baseline[operation])} %`;
    }
  }
  console.log(
    `\nMyMDB benchmark: ${SCALE.movies} movies, ${SCALE.directors} directors, ${SCALE.actors} actors, ${SCALE.genres} genres, ` +
      `${SCALE.users * SCALE.ratingsPerUser} ratings, ${SCALE.reviews} reviews; ${CONNECTIONS} connections, ${SECONDS} s per case\n`,
  );
  console.table(rows);
  const list = rows.find((row) => row.case === 'list page (25 movies)' && row.database === dialects[0]);
  console.table([await benchCostCheck(list && { reqPerSecond: Number(list['req/s']), p50Ms: Number(list['p50 ms']) })]);
  if (only !== 'http') {
    console.log('\nChat: end-to-end latency (send -> every subscriber) and sendMessage throughput\n');
    console.table(await benchChat());
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
