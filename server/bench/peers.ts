import 'reflect-metadata';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { peakRssMb, startMyMdb, startScript, stopProcess, waitUntilUp } from './processes';
import { mainThreadColumns, requireWrk, runWrk, wrkScript, type Measured } from './wrk';
import { rng } from './scale-dataset';
import { freshDatabase, loadScaleDataset } from './scale-database';
import { PG_STAT_STATEMENTS_HINT, statementStats } from './statement-stats';
import { profileCategories } from './profile-summary';

/**
 * `npm run bench -- peers`: MyMDB's read path against its peers, the way peers are measured. One
 * PostgreSQL database with the scale dataset; three servers on it: the floor (one prepared
 * statement on node:http + pg returning exactly the JSON), PostGraphile 4 (with the simplify
 * inflector, over MyMDB's own tables) and MyMDB. wrk drives each in turn, alternating, for three
 * rounds at 16 and 50 connections; the bench prints req/s, p50/p99, the CPU each side used (server,
 * PostgreSQL, wrk; a share of one core) so a reader sees who was saturated, the server's peak RSS,
 * and MyMDB's ratio to each peer per round and its median. Before loading, it checks that all
 * return the same movies in the same order. MyMDB also runs on SQLite (its own copy of the same
 * generated data), compared with MyMDB on PostgreSQL. On PostgreSQL, pg_stat_statements gives the
 * statements and database time per request. `--profile`: the top categories of MyMDB's CPU
 * profiles. Loopback only; everything it starts is stopped by PID.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** A run whose slowest statement averaged more than this is listed with the statement. */
const SLOW_STATEMENT_MS = 1;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTION_COUNTS = (process.env.BENCH_CONNECTIONS ?? '16,50').split(',').map(Number);
const PEERS_DIR = path.resolve(__dirname, '../../../server/bench/peers');

type Operation = 'list' | 'detail';
interface Server {
  name: string;
  port: number;
  path: string;
  database: 'postgresql' | 'sqlite';
  process?: ChildProcess;
  body(operation: Operation, id: number): string;
  /** The movie ids (list) or review and actor ids (detail) it answered, in order. */
  ids(operation: Operation, json: unknown): string[];
}

const MYMDB_LIST = `query PeerList { movies(first: 25, sort: TITLE_ASC) { edges { node {
  id title releaseYear director { id name } mainActors { id name } genres { id name } } } } }`;
const MYMDB_DETAIL = `query PeerDetail($id: ID!) { movie(id: $id) {
  id title releaseYear director { id name } mainActors { id name } genres { id name } averageRating ratingCount
  reviews(first: 5) { edges { node { id title body author { id username } } } } } }`;
const PG4_CARD = `id title releaseYear director { id firstName lastName }
  movieActors(orderBy: POSITION_ASC, first: 4) { nodes { actor { id firstName lastName } } }
  movieGenres(orderBy: POSITION_ASC) { nodes { genre { id name } } }`;
const PG4_LIST = `query PeerList { movies(first: 25, orderBy: [SORT_TITLE_ASC, ID_ASC]) { nodes { ${PG4_CARD} } } }`;
const PG4_DETAIL = `query PeerDetail($id: Int!) { movie(id: $id) { ${PG4_CARD} ratingAverage ratingCount
  reviews(orderBy: ID_DESC, first: 5) { nodes { id title body user { id username } } } } }`;

interface Ref {
  id: string | number;
}
interface MyMdbAnswer {
  data: {
    movies: { edges: Array<{ node: Ref }> };
    movie: { reviews: { edges: Array<{ node: Ref }> }; mainActors: Ref[] };
  };
}
interface PostGraphileAnswer {
  data: {
    movies: { nodes: Ref[] };
    movie: { reviews: { nodes: Ref[] }; movieActors: { nodes: Array<{ actor: Ref }> } };
  };
}

const mymdbIds = (operation: Operation, json: unknown): string[] => {
  const { data } = json as MyMdbAnswer;
  return operation === 'list'
    ? data.movies.edges.map((e) => String(e.node.id))
    : [...data.movie.reviews.edges.map((e) => `r${e.node.id}`), ...data.movie.mainActors.map((a) => `a${a.id}`)];
};

function servers(): Server[] {
  return [
    {
      name: 'floor (node:http + pg, 1 prepared statement)',
      port: 4410,
      path: '/',
      database: 'postgresql',
      body: (operation, id) =>
        JSON.stringify(
          operation === 'list' ? { operationName: 'List' } : { operationName: 'Detail', variables: { id } },
        ),
      ids: mymdbIds,
    },
    {
      name: 'PostGraphile 4.14',
      port: 4411,
      path: '/graphql',
      database: 'postgresql',
      body: (operation, id) =>
        JSON.stringify(operation === 'list' ? { query: PG4_LIST } : { query: PG4_DETAIL, variables: { id } }),
      ids: (operation, json) => {
        const { data } = json as PostGraphileAnswer;
        return operation === 'list'
          ? data.movies.nodes.map((m) => String(m.id))
          : [
              ...data.movie.reviews.nodes.map((r) => `r${r.id}`),
              ...data.movie.movieActors.nodes.map((n) => `a${n.actor.id}`),
            ];
      },
    },
    ...(['postgresql', 'sqlite'] as const).map((database): Server => ({
      name: database === 'postgresql' ? 'MyMDB' : 'MyMDB on SQLite',
      port: database === 'postgresql' ? 4412 : 4413,
      path: '/graphql',
      database,
      body: (operation, id) =>
        JSON.stringify(
          operation === 'list' ? { query: MYMDB_LIST } : { query: MYMDB_DETAIL, variables: { id: String(id) } },
        ),
      ids: mymdbIds,
    })),
  ];
}

function ensurePeersInstalled(): void {
  if (fs.existsSync(path.join(PEERS_DIR, 'node_modules/postgraphile'))) return;
  process.stderr.write('installing the bench peers (server/bench/peers) ...\n');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: PEERS_DIR,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('npm ci in server/bench/peers failed');
}

function startPostGraphile(port: number, url: string): ChildProcess {
  return spawn(
    process.execPath,
    [
      path.join(PEERS_DIR, 'node_modules/postgraphile/cli.js'),
      '--connection',
      url,
      '--schema',
      'public',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--append-plugins',
      '@graphile-contrib/pg-simplify-inflector',
      '--disable-query-log',
      '--max-pool-size',
      '10',
    ],
    { cwd: PEERS_DIR, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

async function post(server: Server, body: string): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${server.port}${server.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const json = (await response.json()) as { errors?: unknown };
  if (json.errors) throw new Error(`${server.name}: ${JSON.stringify(json.errors)}`);
  return json;
}

const target = (server: Server) => ({ port: server.port, pid: server.process!.pid! });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchPeers(options: { profile: boolean }): Promise<void> {
  requireWrk();
  ensurePeersInstalled();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mymdb-bench-peers-'));
  const sqliteDir = path.join(dataDir, 'sqlite');
  fs.mkdirSync(sqliteDir);
  if (options.profile) process.env.BENCH_CPU_PROFILE_DIR ??= path.join(dataDir, 'profiles');
  const database = await freshDatabase('postgresql', dataDir, `mymdb_bench_peers_${process.pid}`);
  const sqlite = await freshDatabase('sqlite', sqliteDir);
  const list = servers();
  const stats = await statementStats(database.url);
  try {
    process.stderr.write('[peers] loading the scale dataset into PostgreSQL and into SQLite ...\n');
    const { movieIds: ids } = await loadScaleDataset(database.config, dataDir);
    const { movieIds: sqliteIds } = await loadScaleDataset(sqlite.config, sqliteDir);
    if (JSON.stringify(ids) !== JSON.stringify(sqliteIds)) throw new Error('the two copies of the dataset differ');
    const random = rng(7);
    const detailIds = Array.from({ length: 100 }, () => ids[Math.floor(random() * ids.length)]);

    const [floor, postgraphile, mymdb, mymdbSqlite] = list;
    floor.process = startScript('dist/server/bench/baseline-server.js', {
      PORT: String(floor.port),
      DATABASE_URL: database.url,
      BASELINE_SHAPE: 'peer',
    });
    postgraphile.process = startPostGraphile(postgraphile.port, database.url);
    mymdb.process = startMyMdb(mymdb.port, dataDir, database.url);
    mymdbSqlite.process = startMyMdb(mymdbSqlite.port, sqliteDir, sqlite.url);
    await waitUntilUp(`http://127.0.0.1:${floor.port}/`, floor.process);
    await waitUntilUp(`http://127.0.0.1:${mymdb.port}/healthz`, mymdb.process);
    await waitUntilUp(`http://127.0.0.1:${mymdbSqlite.port}/healthz`, mymdbSqlite.process);
    await waitUntilUp(
      `http://127.0.0.1:${postgraphile.port}/graphql?query=%7B__typename%7D`,
      postgraphile.process,
    ).catch(() => undefined);

    // Same movies, same order, same reviews and cast, before anything is timed.
    for (const operation of ['list', 'detail'] as const) {
      for (const id of operation === 'list' ? [0] : detailIds.slice(0, 5)) {
        const answers = await Promise.all(
          list.map(async (s) => s.ids(operation, await post(s, s.body(operation, id)))),
        );
        for (const [i, answer] of answers.entries())
          if (JSON.stringify(answer) !== JSON.stringify(answers[0]))
            throw new Error(`${list[i].name} answers ${operation} ${id} differently: ${answer.join(',')}`);
        if (operation === 'list' && answers[0].length !== 25) throw new Error('the list is not 25 movies');
      }
    }

    const rows: Array<Record<string, string | number>> = [];
    const slow: Array<Record<string, string | number>> = [];
    const ratios: Record<string, { postgraphile: number[]; floor: number[]; sqlite: number[] }> = {};
    const perRequest = (value: number, requests: number, digits: number) =>
      Number.isFinite(value) ? (value / requests).toFixed(digits) : '-';
    for (let round = 1; round <= ROUNDS; round++) {
      for (const connections of CONNECTION_COUNTS) {
        for (const operation of ['list', 'detail'] as const) {
          const measured: Measured[] = [];
          for (const server of list) {
            const bodies =
              operation === 'list' ? [server.body('list', 0)] : detailIds.map((id) => server.body('detail', id));
            const script = wrkScript(dataDir, server.port, server.path, bodies);
            if (round === 1) await runWrk(target(server), script, connections, 2); // warm-up: JIT, plans, caches
            process.stderr.write(`[peers] round ${round}, ${operation}, ${connections} connections: ${server.name}\n`);
            await stats.reset();
            const result = await runWrk(target(server), script, connections, SECONDS);
            const executed = server.database === 'postgresql' ? await stats.read() : undefined;
            measured.push(result);
            if (executed && executed.slowestMeanMs > SLOW_STATEMENT_MS)
              slow.push({
                round,
                operation,
                connections,
                server: server.name,
                'mean ms': executed.slowestMeanMs.toFixed(3),
                calls: executed.slowestCalls,
                statement: executed.slowest,
              });
            rows.push({
              round,
              operation,
              connections,
              server: server.name,
              'req/s': result.reqPerSecond,
              'p50 ms': result.p50,
              'p99 ms': result.p99,
              errors: result.errors,
              'server CPU %': result.serverCpu,
              ...mainThreadColumns(result),
              'PostgreSQL CPU %': result.postgresCpu,
              'wrk CPU %': result.wrkCpu,
              'server peak RSS MB': peakRssMb(server.process!.pid!),
              'statements / req': executed ? perRequest(executed.statements, result.requests, 2) : '-',
              'DB ms / req': executed ? perRequest(executed.executionMs, result.requests, 3) : '-',
              'slowest statement mean ms': executed?.statements ? executed.slowestMeanMs.toFixed(3) : '-',
            });
          }
          const key = `${operation} @${connections}`;
          ratios[key] ??= { postgraphile: [], floor: [], sqlite: [] };
          ratios[key].postgraphile.push(measured[2].reqPerSecond / measured[1].reqPerSecond);
          ratios[key].floor.push(measured[2].reqPerSecond / measured[0].reqPerSecond);
          ratios[key].sqlite.push(measured[3].reqPerSecond / measured[2].reqPerSecond);
        }
      }
    }
    console.log(
      `\nRead path against peers: PostgreSQL, scale dataset, wrk -t2, ${SECONDS} s per run, ${ROUNDS} rounds, ` +
        `${os.cpus().length} cores (CPU % is of one core)\n`,
    );
    console.table(rows);
    const format = (values: number[]) => values.map((v) => v.toFixed(2)).join(' / ');
    console.table(
      Object.entries(ratios).map(([key, r]) => ({
        case: key,
        'MyMDB / PostGraphile per round': format(r.postgraphile),
        median: median(r.postgraphile).toFixed(2),
        'MyMDB / floor per round': format(r.floor),
        'median ': median(r.floor).toFixed(2),
        'MyMDB SQLite / MyMDB PostgreSQL per round': format(r.sqlite),
        'median  ': median(r.sqlite).toFixed(2),
      })),
    );
    if (slow.length) {
      console.log(`\nRuns whose slowest statement averaged over ${SLOW_STATEMENT_MS} ms (which one, how often):`);
      console.table(slow);
    }
    if (!stats.available) console.log(PG_STAT_STATEMENTS_HINT);
  } finally {
    for (const server of list) if (server.process) await stopProcess(server.process);
    await stats.close();
    await database.drop();
    const profiles = process.env.BENCH_CPU_PROFILE_DIR;
    if (options.profile && profiles)
      for (const server of [list[2], list[3]]) {
        const file = fs.readdirSync(profiles).find((name) => name.includes(`.${server.process?.pid}.`));
        if (!file) continue;
        console.log(`\nCPU profile of ${server.name} (every round, list and detail; startup included):`);
        console.table(profileCategories(path.join(profiles, file)));
      }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
