import type { Migrator } from '@mikro-orm/migrations';
import { logger } from '../modules/common/logger';
import { isPostgres } from './dialect';
import type { Orm } from './orm';

/** Arbitrary constant shared by every instance: the key of the PostgreSQL advisory lock. */
const MIGRATION_LOCK_KEY = 727_001;

/**
 * Applies pending migrations. On PostgreSQL, instances starting together queue on an advisory
 * lock held on a dedicated connection, so exactly one of them creates the schema.
 */
export async function migrate(orm: Orm): Promise<void> {
  const migrator = orm.getMigrator<Migrator>();
  if (!isPostgres(orm)) {
    await runPending(migrator);
    return;
  }
  const knex = orm.em.getConnection().getKnex();
  const client = knex.client as { acquireConnection(): Promise<unknown>; releaseConnection(c: unknown): Promise<void> };
  const connection = await client.acquireConnection();
  const onConnection = (sql: string, bindings: unknown[]) => knex.raw(sql, bindings as never).connection(connection);
  try {
    await onConnection('select pg_advisory_lock(?)', [MIGRATION_LOCK_KEY]);
    await runPending(migrator);
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
