import fs from 'node:fs';
import path from 'node:path';
import { MikroORM, ReflectMetadataProvider, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import type { AbstractSqlConnection, AbstractSqlDriver, SqlEntityManager } from '@mikro-orm/knex';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { DatabaseConfig } from '../config';
import { logger } from '../modules/common/logger';
import { ENTITIES } from './entities';
import { reuseSqliteStatements } from './prepared';
import { migrationsFor } from '../migrations';

export type Orm = MikroORM<AbstractSqlDriver>;
export type Em = SqlEntityManager;

export interface OrmOptions {
  /** Called with every SQL statement; tests count them. */
  onQuery?: (sql: string) => void;
}

function driverOptions(database: DatabaseConfig): Options {
  if (database.kind === 'sqlite') {
    if (database.file !== ':memory:') fs.mkdirSync(path.dirname(database.file), { recursive: true });
    return {
      driver: BetterSqliteDriver,
      dbName: database.file,
      pool: {
        afterCreate: (
          connection: Parameters<typeof reuseSqliteStatements>[0],
          done: (error: null, connection: unknown) => void,
        ) => {
          reuseSqliteStatements(connection);
          done(null, connection);
        },
      },
    };
  }
  const pool = { min: 0, max: database.poolMax };
  return {
    driver: PostgreSqlDriver,
    clientUrl: database.url,
    pool,
    replicas: (database.replicaUrls ?? []).map((clientUrl) => ({ clientUrl, pool })),
    // Nothing reads from a replica unless it asks (catalogue reads for anonymous queries do, see
    // readSource): the ORM's own reads, the chat's and the viewer's stay read-your-own-writes.
    preferReadReplicas: false,
  };
}

export async function createOrm(database: DatabaseConfig, options: OrmOptions = {}): Promise<Orm> {
  const orm = await MikroORM.init({
    ...driverOptions(database),
    entities: ENTITIES,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    migrations: {
      migrationsList: migrationsFor(database.kind),
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    // SQLite's FTS5 tables and their shadow tables (migration 008): not entities.
    schemaGenerator: { skipTables: [/_fts($|_)/, /^search_term_trigram/] },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: false },
    logger: (message: string) => logger.debug(message),
    colors: false,
  });
  // Counted at the driver, so raw knex queries (the batch loaders) are seen as well as the ORM's.
  const onQuery = options.onQuery;
  if (onQuery)
    (orm.em.getConnection() as AbstractSqlConnection)
      .getKnex()
      .on('query', (query: { sql: string }) => onQuery(query.sql));
  if (database.kind === 'sqlite' && database.file !== ':memory:') {
    // WAL lets readers proceed while a write (an import batch, a rating) commits.
    await orm.em.getConnection().execute('pragma journal_mode = wal');
    await orm.em.getConnection().execute('pragma synchronous = normal');
  }
  await orm.em.getConnection().execute(database.kind === 'sqlite' ? 'pragma foreign_keys = on' : 'select 1');
  return orm as unknown as Orm;
}
