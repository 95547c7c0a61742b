import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchMemberToken, startMyMdb, stopProcess, waitUntilUp } from './processes';
import { evaluateRecommendations } from './recommendation-quality';
import { SCALE } from './scale-dataset';
import { freshDatabase, loadScaleDataset } from './scale-database';
import { measuredRow, requireWrk, runWrk, wrkScript } from './wrk';

/**
 * `npm run bench -- recommendations`: first the offline evaluation (precision@10 and recall@10
 * against "most popular" and "random" in four generated worlds), then `recommendedForMe` on the
 * scale dataset (200,000 ratings), PostgreSQL then SQLite, with wrk at 1, 4 and 16 connections,
 * each request as another of the dataset's members.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = 4340;
const QUERY =
  'query ForMe { recommendedForMe(first: 20) { movie { id title posterUrl } score reason because { id title } } }';
function memberTokens(): string[] {
  return Array.from({ length: SCALE.users }, (_, i) => benchMemberToken(i + 1));
}

async function quality(): Promise<void> {
  const rows: Array<Record<string, string | number>> = [];
  for (const [seed, tasteWeight] of [
    [2026, 4],
    [11, 4],
    [2026, 6],
    [11, 6],
  ]) {
    const { rows: methods, ratings } = await evaluateRecommendations(seed, tasteWeight);
    const popular = methods.find((row) => row.method === 'most popular')!;
    for (const row of methods)
      rows.push({
        world: `seed ${seed}, taste ${tasteWeight}`,
        ratings,
        ...row,
        'vs most popular': Math.round((100 * row['precision@10']) / popular['precision@10']) / 100,
      });
  }
  console.log('\nOffline evaluation: 1,500 members, 1,500 films, 8 hidden taste factors; 20 % of each member held out');
  console.table(rows);
}

async function latency(): Promise<void> {
  requireWrk();
  const rows: Array<Record<string, string | number>> = [];
  const tokens = memberTokens();
  const dialects = (process.env.BENCH_DATABASES ?? 'postgresql,sqlite').split(',') as Array<'sqlite' | 'postgresql'>;
  for (const kind of dialects) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `mymdb-bench-recs-${kind}-`));
    const database = await freshDatabase(kind, dataDir, `mymdb_bench_recs_${process.pid}`);
    let server: ReturnType<typeof startMyMdb> | undefined;
    try {
      process.stderr.write(`[recommendations] loading the scale dataset into ${kind} ...\n`);
      await loadScaleDataset(database.config, dataDir);
      server = startMyMdb(PORT, dataDir, database.url);
      await waitUntilUp(`http://127.0.0.1:${PORT}/healthz`, server);
      const ask = (token: string) =>
        fetch(`http://127.0.0.1:${PORT}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: QUERY }),
        }).then((response) => response.json() as Promise<{ data?: { recommendedForMe: unknown[] }; errors?: unknown }>);
      const started = performance.now();
      const first = await ask(tokens[0]);
      const firstMs = Math.round(performance.now() - started);
      if (first.errors || first.data?.recommendedForMe.length !== 20)
        throw new Error(`recommendedForMe failed: ${JSON.stringify(first).slice(0, 300)}`);
      rows.push({ database: kind, case: 'first call (builds the model)', 'p50 ms': firstMs });
      const body = JSON.stringify({ query: QUERY });
      const script = wrkScript(
        dataDir,
        PORT,
        '/graphql',
        [body],
        tokens.map((token) => `Bearer ${token}`),
      );
      const target = { port: PORT, pid: server.pid! };
      await runWrk(target, script, 4, 2);
      for (const connections of [1, 4, 16]) {
        process.stderr.write(`[recommendations] ${kind}: ${connections} connections ...\n`);
        const result = await runWrk(target, script, connections, SECONDS);
        rows.push({ database: kind, case: `wrk -c${connections}`, ...measuredRow(kind, result, target.pid) });
      }
    } finally {
      if (server) await stopProcess(server);
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  console.log(
    `\nrecommendedForMe(first: 20) on the scale dataset (${SCALE.users * SCALE.ratingsPerUser} ratings by ${SCALE.users} members), ${SECONDS} s per case, ${os.cpus().length} cores (CPU % is of one core)`,
  );
  console.table(rows);
}

export async function benchRecommendations(): Promise<void> {
  await quality();
  if (process.env.BENCH_RECOMMENDATIONS_QUALITY_ONLY !== 'true') await latency();
}
