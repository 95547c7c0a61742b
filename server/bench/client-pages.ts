import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSecretKey } from 'node:crypto';
import { print, type DocumentNode } from 'graphql';
import jwt from 'jsonwebtoken';
import { startMyMdb, stopProcess, waitUntilUp } from './processes';
import { rng, SCALE } from './scale-dataset';
import { freshDatabase, loadScaleDataset } from './scale-database';
import { PG_STAT_STATEMENTS_HINT, statementStats } from './statement-stats';
import { measuredRow, requireWrk, runWrk, wrkScript } from './wrk';

/**
 * `npm run bench -- pages [--against DIR]`: the web client's two main pages as the client sends
 * them (its generated documents, read from client/src/__generated__, so they cannot drift), on
 * the scale dataset, PostgreSQL then SQLite, with wrk and the CPU share of the server, PostgreSQL
 * and wrk. `--against DIR` runs another built checkout of MyMDB (say, the code before a change)
 * on the same data in the same run, alternating rounds, so the two can be compared.
 * - grid: an anonymous visitor's home page, pages 1-8 by newest: MovieGrid and GridGenres;
 * - details: a signed-in member's film page: MovieDetails (ratings, their own review and
 *   watchlist, similar films) and MovieReviews (the first ten, newest first).
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const JWT_SECRET = 'bench-only-secret-bench-only-secret-123';
const GENERATED = path.resolve(__dirname, '../../../client/src/__generated__/graphql.ts');

/** A client operation's text, printed from the codegen's document (a JSON literal in graphql.ts). */
function clientOperation(name: string): string {
  const source = fs.readFileSync(GENERATED, 'utf8');
  const match = new RegExp(`export const ${name}Document = (\\{.*?\\}) as unknown as DocumentNode`).exec(source);
  if (!match) throw new Error(`${name}Document is not in ${GENERATED}: run npm run codegen`);
  return print(JSON.parse(match[1]) as DocumentNode);
}

export interface Page {
  name: 'grid' | 'details';
  /** Requests in the order wrk sends them, and the Authorization of each (or none). */
  bodies: string[];
  authorizations: string[];
  /** Requests one page view sends. */
  requestsPerPage: number;
}

export function clientPages(movieIds: number[]): Page[] {
  const body = (operationName: string, query: string, variables: Record<string, unknown>) =>
    JSON.stringify({ operationName, query, variables });
  const grid = clientOperation('MovieGrid');
  const genres = clientOperation('GridGenres');
  const details = clientOperation('MovieDetails');
  const reviews = clientOperation('MovieReviews');
  const gridBodies = Array.from({ length: 8 }, (_, page) => [
    body('MovieGrid', grid, {
      first: 25,
      offset: page * 25,
      sort: 'NEWEST',
      filter: { search: null, genres: null, yearFrom: null, yearTo: null, directorId: null, actorId: null },
      personId: '0',
      withPerson: false,
    }),
    body('GridGenres', genres, {}),
  ]).flat();
  const random = rng(7);
  const key = createSecretKey(Buffer.from(JWT_SECRET, 'utf8'));
  const views = Array.from({ length: 200 }, () => ({
    id: String(movieIds[Math.floor(random() * movieIds.length)]),
    member: 1 + Math.floor(random() * SCALE.users),
  }));
  const token = (member: number) =>
    `Bearer ${jwt.sign({ sub: String(member), ver: 0 }, key, { algorithm: 'HS256', expiresIn: '1h' })}`;
  return [
    { name: 'grid', bodies: gridBodies, authorizations: [], requestsPerPage: 2 },
    {
      name: 'details',
      bodies: views.flatMap(({ id }) => [
        body('MovieDetails', details, { id }),
        body('MovieReviews', reviews, { id, first: 10, sort: 'NEWEST' }),
      ]),
      authorizations: views.flatMap(({ member }) => [token(member), token(member)]),
      requestsPerPage: 2,
    },
  ];
}

/** Every request of the page answered without errors, by this server (a build may lack a field). */
async function checkAnswers(port: number, page: Page): Promise<void> {
  for (const [index, body] of page.bodies.slice(0, 4).entries()) {
    const authorization = page.authorizations[index];
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body,
    });
    const json = (await response.json()) as { data?: unknown; errors?: unknown };
    if (!response.ok || json.errors || !json.data)
      throw new Error(`${page.name} on port ${port}: ${JSON.stringify(json).slice(0, 300)}`);
  }
}

export async function benchClientPages(against?: string): Promise<void> {
  requireWrk();
  const rows: Array<Record<string, string | number>> = [];
  const dialects = (process.env.BENCH_DATABASES ?? 'postgresql,sqlite').split(',') as Array<'sqlite' | 'postgresql'>;
  for (const kind of dialects) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `mymdb-bench-pages-${kind}-`));
    const database = await freshDatabase(kind, dataDir, `mymdb_bench_pages_${process.pid}`);
    const servers: Array<{ name: string; child: ReturnType<typeof startMyMdb>; port: number }> = [];
    const stats = kind === 'postgresql' ? await statementStats(database.url) : undefined;
    try {
      process.stderr.write(`[pages] loading the scale dataset into ${kind} ...\n`);
      const { movieIds } = await loadScaleDataset(database.config, dataDir);
      if (stats && !stats.available) process.stderr.write(`${PG_STAT_STATEMENTS_HINT}\n`);
      const builds = [{ name: 'this checkout', root: undefined as string | undefined }];
      if (against) builds.push({ name: `--against ${path.basename(path.resolve(against))}`, root: against });
      for (const [index, build] of builds.entries()) {
        const port = 4360 + index;
        const child = startMyMdb(port, dataDir, database.url, build.root);
        servers.push({ name: build.name, child, port });
        await waitUntilUp(`http://127.0.0.1:${port}/healthz`, child);
      }
      for (const page of clientPages(movieIds)) {
        const scripts = new Map<number, string>();
        for (const server of servers) {
          await checkAnswers(server.port, page);
          scripts.set(server.port, wrkScript(dataDir, server.port, '/graphql', page.bodies, page.authorizations));
          await runWrk({ port: server.port, pid: server.child.pid! }, scripts.get(server.port)!, CONNECTIONS, 3);
        }
        for (let round = 1; round <= ROUNDS; round++)
          for (const server of servers) {
            process.stderr.write(`[pages] ${kind} ${page.name}, ${server.name}, round ${round} ...\n`);
            const target = { port: server.port, pid: server.child.pid! };
            await stats?.reset();
            const result = await runWrk(target, scripts.get(server.port)!, CONNECTIONS, SECONDS);
            const statements = stats?.available ? await stats.read() : undefined;
            const views = result.requests / page.requestsPerPage;
            rows.push({
              database: kind,
              page: page.name,
              server: server.name,
              round,
              'pages/s': Math.round(result.reqPerSecond / page.requestsPerPage),
              ...measuredRow(kind, result, target.pid),
              'SQL per page': statements ? Math.round((10 * statements.statements) / views) / 10 : '-',
              'DB ms per page': statements ? Math.round((100 * statements.executionMs) / views) / 100 : '-',
              'slowest statement mean ms': statements ? Math.round(100 * statements.slowestMeanMs) / 100 : '-',
              'slowest statement': statements ? statements.slowest.slice(0, 60) : '-',
            });
          }
      }
    } finally {
      for (const server of servers) await stopProcess(server.child);
      await stats?.close();
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  console.log(
    `\nThe web client's pages on the scale dataset (${SCALE.movies} movies, ${SCALE.users * SCALE.ratingsPerUser} ratings), ` +
      `wrk ${CONNECTIONS} connections, ${SECONDS} s per round, ${os.cpus().length} cores (CPU % is of one core); ` +
      'req/s counts requests, pages/s page views (two requests each)',
  );
  console.table(rows);
}
