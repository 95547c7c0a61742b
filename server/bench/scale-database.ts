import { Client } from 'pg';
import { loadConfig, type DatabaseConfig } from '../src/config';
import { isPostgres } from '../src/db/dialect';
import { migrate } from '../src/db/migrate';
import { createOrm } from '../src/db/orm';
import { MovieImporter } from '../src/modules/import/importer.service';
import { createStorage } from '../src/modules/storage/storage';
import { addAudience, scaleRecords } from './scale-dataset';

export const POSTGRES_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

/** A fresh database for one bench run: a SQLite file in `dataDir`, or a PostgreSQL database dropped afterwards. */
/** `work` with a connection of its own to the database at `url`, closed afterwards. */
export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function freshDatabase(
  kind: 'sqlite' | 'postgresql',
  dataDir: string,
  name = `mymdb_bench_${process.pid}`,
): Promise<{ config: DatabaseConfig; url: string; drop(): Promise<void> }> {
  if (kind === 'sqlite') {
    const file = `${dataDir}/bench.sqlite`;
    return { config: { kind, file }, url: `sqlite:${file}`, drop: async () => undefined };
  }
  const admin = async (sql: string) => {
    await withClient(POSTGRES_URL, (client) => client.query(sql));
  };
  await admin(`drop database if exists ${name} with (force)`);
  await admin(`create database ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    config: { kind, url: url.toString(), poolMax: 10 },
    url: url.toString(),
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

/**
 * Migrates `database` and loads the scale dataset: the generated records through the real
 * importer (timed), then ratings and reviews; statistics refreshed on PostgreSQL so that plans do
 * not depend on when autovacuum last ran. Returns the movie ids and the importer's figures.
 */
export async function loadScaleDataset(
  database: DatabaseConfig,
  dataDir: string,
): Promise<{ movieIds: number[]; moviesCreated: number; importSeconds: number }> {
  const orm = await createOrm(database);
  try {
    await migrate(orm);
    const importer = new MovieImporter(orm, await createStorage(loadConfig({ DATA_DIR: dataDir }).storage));
    const started = process.hrtime.bigint();
    const report = await importer.importRecords(scaleRecords());
    const importSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (report.errors.length) throw new Error(`import errors: ${JSON.stringify(report.errors.slice(0, 3))}`);
    await addAudience(orm);
    if (isPostgres(orm)) await orm.em.getConnection().execute('vacuum analyze');
    const movieIds = (await orm.em.getKnex()('movie').select('id').orderBy('id')).map((r: { id: number }) => r.id);
    return { movieIds, moviesCreated: report.moviesCreated, importSeconds };
  } finally {
    await orm.close();
  }
}
