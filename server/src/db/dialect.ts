import type { Em, Orm } from './orm';

/** True on PostgreSQL; the few raw statements that differ by dialect branch on this one test. */
export function isPostgres(from: Em | Orm): boolean {
  const platform = 'getPlatform' in from ? from.getPlatform() : from.em.getPlatform();
  return platform.constructor.name.startsWith('PostgreSql');
}

/** A timestamp as raw (knex) inserts must bind it: a Date for PostgreSQL, epoch ms as MikroORM stores it in SQLite. */
export function dbTimestamp(from: Em | Orm, epochMs: number): Date | number {
  return isPostgres(from) ? new Date(epochMs) : epochMs;
}
