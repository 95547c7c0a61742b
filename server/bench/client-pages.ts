import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print, type DocumentNode } from 'graphql';
import { benchMemberToken, startMyMdb, stopProcess, waitUntilUp } from './processes';
import { rng, SCALE } from './scale-dataset';
import type { DatabaseConfig } from '../src/config';
import { freshDatabase, loadScaleDataset } from './scale-database';
import { PG_STAT_STATEMENTS_HINT, statementStats } from './statement-stats';
import { measuredRow, requireWrk, runWrk, wrkScript } from './wrk';

/**
 * `npm run bench -- pages [--against DIR]`: the web client's two main pages as the client sends
 * them (its generated documents, read from client/src/__generated__, so they cannot drift), on
 * the scale dataset, PostgreSQL then SQLite, with wrk and the CPU share of the server, PostgreSQL
 * and wrk. `--against DIR` runs another built checkout of MyMDB (say, the code before a change)
 * on the same data in the same run, alternating rounds, each with its own client's documents,
 * so the two can be compared.
 * - grid: an anonymous visitor browsing pages 1-8 by newest: MovieGrid each page, GridGenres once;
 * - details: a signed-in member's film page: MovieDetails (ratings, their own review and
 *   watchlist, similar films) and MovieReviews (the first ten, newest first).
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ROOT = path.resolve(__dirname, '../../..');

/**
 * A client operation's text as the checkout at `root` sends it, printed from its codegen's
 * document (a JSON literal in graphql.ts); undefined when that client has no such operation.
 */
export function clientOperation(root: string, name: string): string | undefined {
  const generated = path.join(root, 'client/src/__generated__/graphql.ts');
  const source = fs.readFileSync(generated, 'utf8');
  const match = new RegExp(`export const ${name}Document = (\\{.*?\\}) as unknown as DocumentNode`).exec(source);
  return match ? print(JSON.parse(match[1]) as DocumentNode) : undefined;
}

export interface Page {
  name: 'grid' | 'details';
  /** Requests in the order wrk sends them, and the Authorization of each (or none). */
  bodies: string[];
  authorizations: string[];
  /** Requests one page view sends. */
  requestsPerPage: number;
}

/**
 * The two pages as the client at `root` sends them: each build's own documents, so a checkout
 * from before a change is measured with the pages its own client asked for (an older grid asked
 * for the genre list in the same request; an older details page had no review order).
 */
export function clientPages(movieIds: number[], root = ROOT): Page[] {
  const body = (operationName: string, query: string, variables: Record<string, unknown>) =>
    JSON.stringify({ operationName, query, variables });
  const operation = (name: string) => clientOperation(root, name);
  const required = (name: string) => {
    const text = operation(name);
    if (!text) throw new Error(`${name}Document is not in ${root}'s client/src/__generated__: run npm run codegen`);
    return text;
  };
  const grid = required('MovieGrid');
  const genres = operation('GridGenres');
  const details = required('MovieDetails');
  const reviews = operation('MovieReviews');
  // Variables a document does not declare are ignored, so one set serves every version.
  const gridPage = (page: number) =>
    body('MovieGrid', grid, {
      first: 25,
      offset: page * 25,
      sort: 'NEWEST',
      filter: { search: null, genres: null, yearFrom: null, yearTo: null, directorId: null, actorId: null },
      personId: '0',
      withPerson: false,
    });
  const random = rng(7);
  const views = Array.from({ length: 200 }, () => ({
    id: String(movieIds[Math.floor(random() * movieIds.length)]),
    member: 1 + Math.floor(random() * SCALE.users),
  }));
  const token = (member: number) => `Bearer ${benchMemberToken(member)}`;
  const detailsPage = (id: string) => [
    body('MovieDetails', details, { id }),
    ...(reviews ? [body('MovieReviews', reviews, { id, first: 10, sort: 'NEWEST' })] : []),
  ];
  // A visit browses pages 1-8; a client with its own genre list query asks it once per visit
  // (Apollo's cache-first), one that has it in the grid query gets it with every page.
  const gridRequests = [
    ...(genres ? [body('GridGenres', genres, {})] : []),
    ...Array.from({ length: 8 }, (_, page) => gridPage(page)),
  ];
  const detailsRequests = views.map(({ id }) => detailsPage(id));
  return [
    { name: 'grid', bodies: gridRequests, authorizations: [], requestsPerPage: gridRequests.length / 8 },
    {
      name: 'details',
      bodies: detailsRequests.flat(),
      authorizations: views.flatMap(({ member }, i) => detailsRequests[i].map(() => token(member))),
      requestsPerPage: detailsRequests[0].length,
    },
  ];
}

interface Answer {
  data?: { movies?: { edges: Array<{ node: { title: string } }> } };
  errors?: unknown;
}

/** One GraphQL request as the bench sends it, answered as JSON. */
export async function post(
  port: number,
  body: string | undefined,
  authorization?: string,
): Promise<{ ok: boolean; json: Answer }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body,
  });
  return { ok: response.ok, json: (await response.json()) as Answer };
}

/** Every request of the page answered without errors, by this server (a build may lack a field). */
async function checkAnswers(port: number, page: Page): Promise<void> {
  for (const [index, body] of page.bodies.slice(0, 4).entries()) {
    const { ok, json } = await post(port, body, page.authorizations[index]);
    if (!ok || json.errors || !json.data)
      throw new Error(`${page.name} on port ${port}: ${JSON.stringify(json).slice(0, 300)}`);
  }
}

/**
 * The scale dataset loaded by the checkout at `root` with its own code (its migrations, importer
 * and audience), in a process of its own: an older checkout has an older schema. The generator is
 * seeded, so every checkout gets the same films, people, ratings and reviews.
 */
export async function loadWithCheckout(root: string, database: DatabaseConfig, dataDir: string): Promise<void> {
  const module = (file: string) => JSON.stringify(path.join(root, 'dist', file));
  const script = `
    require(${JSON.stringify(path.join(root, 'node_modules/reflect-metadata'))});
    const { createOrm } = require(${module('server/src/db/orm')});
    const { migrate } = require(${module('server/src/db/migrate')});
    const { loadConfig } = require(${module('server/src/config')});
    const { MovieImporter } = require(${module('server/src/modules/import/importer.service')});
    const { createStorage } = require(${module('server/src/modules/storage/storage')});
    const { scaleRecords, addAudience } = require(${module('server/bench/scale-dataset')});
    (async () => {
      const orm = await createOrm(${JSON.stringify(database)});
      await migrate(orm);
      const importer = new MovieImporter(orm, await createStorage(loadConfig({ DATA_DIR: ${JSON.stringify(dataDir)} }).storage));
      const report = await importer.importRecords(scaleRecords());
      if (report.errors.length) throw new Error(JSON.stringify(report.errors.slice(0, 3)));
      await addAudience(orm);
      if (${JSON.stringify(database.kind)} === 'postgresql') await orm.em.getConnection().execute('vacuum analyze');
      await orm.close();
    })().catch((error) => { console.error(error); process.exit(1); });`;
  const child = spawn(process.execPath, ['-e', script], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`loading the scale dataset with ${root} failed (exit ${String(code)})`);
}

/** The titles of the grid's first page: two servers on two copies of the data must show the same. */
async function firstGridTitles(port: number, page: Page): Promise<string> {
  const { json } = await post(
    port,
    page.bodies.find((body) => body.startsWith('{"operationName":"MovieGrid"')),
  );
  return (json.data?.movies?.edges ?? []).map((edge) => edge.node.title).join(' | ');
}

/** A checkout of MyMDB under measurement: its own database, data directory and server process. */
export interface Build {
  name: string;
  root: string;
  dataDir: string;
  database: Awaited<ReturnType<typeof freshDatabase>>;
  stats?: Awaited<ReturnType<typeof statementStats>>;
  child?: ReturnType<typeof startMyMdb>;
  port: number;
}

/**
 * Adds a build of the checkout at `root` to `builds` (so releaseBuilds drops it, even half made):
 * its own database and data directory, the scale dataset loaded by its own code, pg_stat_statements
 * on PostgreSQL (`stats.available` says whether it is preloaded), and its server on `port`. The
 * movies' ids when `root` is this checkout (the generator is seeded: another checkout has the same).
 */
export async function startBuild(
  builds: Build[],
  bench: string,
  kind: 'sqlite' | 'postgresql',
  { name, root, port }: { name: string; root: string; port: number },
): Promise<number[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `mymdb-bench-${bench}-${kind}-`));
  const database = await freshDatabase(kind, dataDir, `mymdb_bench_${bench}_${process.pid}_${builds.length}`);
  const build: Build = { name, root, dataDir, database, port };
  builds.push(build);
  process.stderr.write(`[${bench}] loading the scale dataset into ${kind} for ${name} ...\n`);
  let movieIds: number[] = [];
  if (root === ROOT) ({ movieIds } = await loadScaleDataset(database.config, dataDir));
  else await loadWithCheckout(root, database.config, dataDir);
  if (kind === 'postgresql') build.stats = await statementStats(database.url);
  build.child = startMyMdb(port, dataDir, database.url, root);
  await waitUntilUp(`http://127.0.0.1:${port}/healthz`, build.child);
  return movieIds;
}

/** Stops each build's server by PID and drops what it made. */
export async function releaseBuilds(builds: Build[]): Promise<void> {
  for (const build of builds) {
    if (build.child) await stopProcess(build.child);
    await build.stats?.close();
    await build.database.drop();
    fs.rmSync(build.dataDir, { recursive: true, force: true });
  }
}

export async function benchClientPages(against?: string): Promise<void> {
  requireWrk();
  const rows: Array<Record<string, string | number>> = [];
  const dialects = (process.env.BENCH_DATABASES ?? 'postgresql,sqlite').split(',') as Array<'sqlite' | 'postgresql'>;
  for (const kind of dialects) {
    const builds: Build[] = [];
    try {
      const wanted = [{ name: 'this checkout', root: ROOT }];
      if (against)
        wanted.push({ name: `--against ${path.basename(path.resolve(against))}`, root: path.resolve(against) });
      let movieIds: number[] = [];
      for (const [index, { name, root }] of wanted.entries()) {
        const ids = await startBuild(builds, 'pages', kind, { name, root, port: 4360 + index });
        if (root === ROOT) movieIds = ids;
        if (builds[index].stats?.available === false) process.stderr.write(`${PG_STAT_STATEMENTS_HINT}\n`);
      }
      for (const name of ['grid', 'details'] as const) {
        const scripts = new Map<Build, { page: Page; script: string }>();
        for (const build of builds) {
          const page = clientPages(movieIds, build.root).find((candidate) => candidate.name === name)!;
          await checkAnswers(build.port, page);
          const script = wrkScript(build.dataDir, build.port, '/graphql', page.bodies, page.authorizations);
          scripts.set(build, { page, script });
          await runWrk({ port: build.port, pid: build.child!.pid! }, script, CONNECTIONS, 3);
        }
        if (name === 'grid' && builds.length > 1) {
          const [ours, theirs] = await Promise.all(
            builds.map((build) => firstGridTitles(build.port, scripts.get(build)!.page)),
          );
          if (ours !== theirs) throw new Error(`the two checkouts show different first pages:\n${ours}\n${theirs}`);
        }
        for (let round = 1; round <= ROUNDS; round++)
          for (const build of builds) {
            const { page, script } = scripts.get(build)!;
            process.stderr.write(`[pages] ${kind} ${page.name}, ${build.name}, round ${round} ...\n`);
            const target = { port: build.port, pid: build.child!.pid! };
            await build.stats?.reset();
            const result = await runWrk(target, script, CONNECTIONS, SECONDS);
            const statements = build.stats?.available ? await build.stats.read() : undefined;
            const views = result.requests / page.requestsPerPage;
            rows.push({
              database: kind,
              page: page.name,
              server: build.name,
              round,
              'requests per page': Math.round(100 * page.requestsPerPage) / 100,
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
      await releaseBuilds(builds);
    }
  }
  console.log(
    `\nThe web client's pages on the scale dataset (${SCALE.movies} movies, ${SCALE.users * SCALE.ratingsPerUser} ratings), ` +
      `wrk ${CONNECTIONS} connections, ${SECONDS} s per round, ${os.cpus().length} cores (CPU % is of one core); ` +
      'req/s counts requests, pages/s page views',
  );
  console.table(rows);
}
