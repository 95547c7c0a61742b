import type { Migrator } from '@mikro-orm/migrations';
import { logger } from '../modules/common/logger';
import { isPostgres } from './dialect';
import type { Orm } from './orm';

/** Arbitrary constant shared by every instance: the key of the PostgreSQL advisory lock for start-up work. */
const MIGRATION_LOCK_KEY = 727_001;

/** Applies pending migrations, one instance at a time (see withStartupLock). */
export function migrate(orm: Orm): Promise<void> {
  return withStartupLock(orm, () => runPending(orm.getMigrator<Migrator>()));
}

/**
 * Runs start-up work (migrations, the demo seed) one instance at a time. On PostgreSQL,
 * instances starting together queue on an advisory lock held on a dedicated connection, so
 * exactly one of them creates the schema or loads the demo catalogue; SQLite has one process.
 */
export async function withStartupLock(orm: Orm, work: () => Promise<void>): Promise<void> {
  if (!isPostgres(orm)) {
    await work();
    return;
  }
  const knex = orm.em.getConnection().getKnex();
  const client = knex.client as { acquireConnection(): Promise<unknown>; releaseConnection(c: unknown): Promise<void> };
  const connection = await client.acquireConnection();
  const onConnection = (sql: string, bindings: unknown[]) => knex.raw(sql, bindings as never).connection(connection);
  try {
    await onConnection('select pg_advisory_lock(?)', [MIGRATION_LOCK_KEY]);
    await work();
  } finally {
    await onConnection('select pg_advisory_unlock(?)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.releaseConnection(connection);
  }
}

async function runPending(migrator: Migrator): Promise<void> {
  const applied = await migrator.up();
  if (applied.length > 0)
    logger.info(
      'applied migrations',
      applied.map((m) => m.name),
    );
}
