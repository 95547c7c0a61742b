import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM } from '../test/browser';
import { BENCH_JWT_SECRET, startServer, stopProcess, waitUntilUp } from './processes';

/**
 * `npm run bench -- lighthouse`: Lighthouse 12 (its CLI, driving Debian's Chromium headless) on
 * the grid and a details page of the embedded default (SQLite, demo catalogue, the built client,
 * production settings), with Lighthouse's default mobile profile (a throttled 4G phone). Prints
 * the accessibility and performance scores and the metrics behind performance.
 */
const PORT = 4340;
const LIGHTHOUSE = path.resolve(__dirname, '../../../node_modules/lighthouse/cli/index.js');

interface Report {
  categories: Record<string, { score: number }>;
  audits: Record<string, { numericValue?: number; displayValue?: string }>;
}

/** One Lighthouse run; Chromium sometimes records no navigation start (NO_NAVSTART), so up to three tries. */
function audit(url: string, dir: string, tries = 3): Report {
  for (let attempt = 1; ; attempt++) {
    try {
      return auditOnce(url, dir);
    } catch (error) {
      if (attempt >= tries) throw error;
      process.stderr.write(`[lighthouse] ${String(error)}; again\n`);
    }
  }
}

function auditOnce(url: string, dir: string): Report {
  const out = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  const result = spawnSync(
    process.execPath,
    [
      LIGHTHOUSE,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'inherit'], timeout: 180_000 },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed on ${url} (exit ${String(result.status)})`);
  return JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
}

export async function benchLighthouse(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mymdb-bench-lighthouse-'));
  const server = startServer({
    PORT: String(PORT),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: `sqlite:${dataDir}/lighthouse.sqlite`,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    JWT_SECRET: BENCH_JWT_SECRET,
  });
  try {
    const base = `http://127.0.0.1:${PORT}`;
    await waitUntilUp(`${base}/healthz`, server);
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ movies(first: 1, filter: { search: "Casablanca" }) { edges { node { id } } } }',
      }),
    });
    const { data } = (await response.json()) as { data: { movies: { edges: Array<{ node: { id: string } }> } } };
    const pages: Array<[string, string]> = [
      ['grid', `${base}/`],
      ['details', `${base}/movies/${data.movies.edges[0].node.id}`],
    ];
    const rows = pages.map(([name, url]) => {
      process.stderr.write(`[lighthouse] ${name} ...\n`);
      const report = audit(url, dataDir);
      const ms = (id: string) => Math.round(report.audits[id]?.numericValue ?? NaN);
      return {
        page: name,
        accessibility: Math.round(report.categories.accessibility.score * 100),
        performance: Math.round(report.categories.performance.score * 100),
        'FCP ms': ms('first-contentful-paint'),
        'LCP ms': ms('largest-contentful-paint'),
        'TBT ms': ms('total-blocking-time'),
        CLS: Math.round((report.audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
      };
    });
    console.log('\nLighthouse 12.2.3, default mobile profile, Debian Chromium headless, SQLite demo catalogue\n');
    console.table(rows);
  } finally {
    await stopProcess(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
