import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { runCli, withMigratedDatabase } from './cli';
import { MovieImporter } from '../modules/import/importer.service';
import { createStorage } from '../modules/storage/storage';

const USAGE = 'usage: npm run import -- FILE.json [--posters DIR]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { posters: { type: 'string' }, help: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const file = path.resolve(positionals[0]);
  let records: unknown;
  try {
    records = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`cannot read ${file} as JSON: ${(error as Error).message}`);
    return 2;
  }
  const config = loadConfig();
  return withMigratedDatabase(config.database, async (orm) => {
    const started = process.hrtime.bigint();
    const report = await new MovieImporter(orm, await createStorage(config.storage)).importRecords(records, {
      postersFrom: values.posters ? path.resolve(values.posters) : undefined,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(JSON.stringify(report, null, 2));
    console.error(`imported ${report.total} records in ${seconds.toFixed(2)} s`);
    return report.errors.length > 0 ? 1 : 0;
  });
}

runCli(main, 2);
