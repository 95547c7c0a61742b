import 'reflect-metadata';
import { SingleBar } from 'cli-progress';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { MovieImporter } from '../modules/import/importer.service';
import { TmdbFetcher } from '../modules/import/tmdb-fetcher';
import { createStorage } from '../modules/storage/storage';
import { runCli, withMigratedDatabase } from './cli';
import fs from 'node:fs';

const USAGE = `usage: npm run fetch-tmdb -- --out DIR [--per-genre 10] [--genres all|Action,Drama] [--import]
needs TMDB_API_KEY (v3) or TMDB_READ_TOKEN (v4); TMDB_BASE_URL and TMDB_IMAGE_BASE_URL point elsewhere (a stub)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      'per-genre': { type: 'string', default: '10' },
      genres: { type: 'string', default: 'all' },
      import: { type: 'boolean', default: false },
      help: { type: 'boolean' },
    },
  });
  const perGenre = Number(values['per-genre']);
  if (values.help || !values.out || !Number.isInteger(perGenre) || perGenre < 1 || perGenre > 500) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const apiKey = process.env.TMDB_API_KEY?.trim();
  const readToken = process.env.TMDB_READ_TOKEN?.trim();
  if (!apiKey && !readToken) {
    console.error('TMDB_API_KEY or TMDB_READ_TOKEN must be set');
    return 2;
  }
  const out = path.resolve(values.out);
  // A progress bar on a terminal; plain lines elsewhere (CI logs).
  const bar = process.stderr.isTTY
    ? new SingleBar({ stream: process.stderr, format: 'movies {bar} {value}/{total}' })
    : null;
  const fetcher = new TmdbFetcher({
    out,
    perGenre,
    genres:
      values.genres === 'all'
        ? []
        : values.genres
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean),
    baseUrl: process.env.TMDB_BASE_URL?.trim() || 'https://api.themoviedb.org/3',
    imageBaseUrl: process.env.TMDB_IMAGE_BASE_URL?.trim() || undefined,
    auth: readToken ? { readToken } : { apiKey: apiKey! },
    onProgress: (done, total) => {
      if (!bar) return;
      if (done === 1) bar.start(total, 0);
      bar.update(done);
    },
  });
  const summary = await fetcher.run();
  bar?.stop();
  console.log(JSON.stringify(summary, null, 2));
  if (!values.import) return 0;
  const records: unknown = JSON.parse(fs.readFileSync(summary.file, 'utf8'));
  const config = loadConfig();
  return withMigratedDatabase(config.database, async (orm) => {
    const report = await new MovieImporter(orm, await createStorage(config.storage)).importRecords(records, {
      postersFrom: out,
    });
    console.log(JSON.stringify(report, null, 2));
    return report.errors.length > 0 ? 1 : 0;
  });
}

runCli(main, 2);
