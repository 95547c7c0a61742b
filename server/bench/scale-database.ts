import { Client } from 'pg';
import type { DatabaseConfig } from '../src/config';

export const POSTGRES_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

/** A fresh database for one bench run: a SQLite file in `dataDir`, or a PostgreSQL database dropped afterwards. */
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
    const client = new Client({ connectionString: POSTGRES_URL });
    await client.connect();
    await client.query(sql).finally(() => client.end());
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
