import type { MigrationObject } from '@mikro-orm/core';
import { InitialPostgres } from './postgresql/001-initial';
import { InitialSqlite } from './sqlite/001-initial';

/** Committed migrations per dialect, applied in order at start. */
export function migrationsFor(kind: 'sqlite' | 'postgresql'): MigrationObject[] {
  return kind === 'sqlite' ? [{ name: '001-initial', class: InitialSqlite }] : [{ name: '001-initial', class: InitialPostgres }];
}
