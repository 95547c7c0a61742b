import crypto from 'node:crypto';
import type { Knex } from '@mikro-orm/knex';

type Row = Record<string, unknown>;

interface PgConnection {
  query(config: { name: string; text: string; values: readonly unknown[] }): Promise<{ rows: Row[] }>;
}
/** better-sqlite3's Database, as far as reads need it. */
interface SqliteConnection {
  prepare(sql: string): { all(values: unknown[]): Row[] };
}
interface KnexClient {
  dialect: string;
  acquireConnection(): Promise<PgConnection & SqliteConnection>;
  releaseConnection(connection: PgConnection | SqliteConnection): Promise<void> | void;
  emit(event: 'query', query: { sql: string; bindings: readonly unknown[] }): void;
}

/**
 * Runs a read built with knex as a prepared statement. On PostgreSQL a named one: parsed and
 * planned once per pooled connection instead of on every request (planning is about a quarter of
 * a movie page's database time); the name is the statement's hash, so each shape (filters, sort,
 * relations asked for) is prepared once; values stay parameters. On SQLite, the connection keeps
 * its statements per SQL text (see reuseSqliteStatements).
 */
export async function readPrepared(knex: Knex, query: Knex.QueryBuilder | Knex.Raw): Promise<Row[]> {
  const client = knex.client as unknown as KnexClient;
  const { sql, bindings } = query.toSQL().toNative();
  return run(client, statementName(sql), sql, bindings);
}

const statementName = (sql: string) =>
  `mymdb_${crypto.createHash('sha1').update(sql).digest('base64url').slice(0, 20)}`;

/** SQL text per statement shape, built once: hot reads skip knex's query building too. */
const shapes = new Map<string, { sql: string; name: string }>();
const MAX_SHAPES = 1_000;

/**
 * readPrepared for a statement whose text depends only on `shape`: `build()` runs once per shape
 * (and always on SQLite); afterwards only `values` change, which must be the statement's
 * bindings in order (checked whenever it is built).
 */
export async function readPreparedShape(
  knex: Knex,
  shape: string,
  build: () => Knex.QueryBuilder,
  values: readonly unknown[],
): Promise<Row[]> {
  const client = knex.client as unknown as KnexClient;
  // Per dialect: a process (the tests) may hold both databases.
  const key = `${client.dialect}:${shape}`;
  let known = shapes.get(key);
  if (!known) {
    const { sql, bindings } = build().toSQL().toNative();
    if (JSON.stringify(bindings) !== JSON.stringify(values))
      throw new Error(`statement shape ${shape}: values ${JSON.stringify(values)} are not its bindings`);
    known = { sql, name: statementName(sql) };
    if (shapes.size < MAX_SHAPES) shapes.set(key, known);
  }
  return run(client, known.name, known.sql, values);
}

/** As knex binds them for better-sqlite3: dates as epoch milliseconds, booleans as 0/1. */
const sqliteValue = (value: unknown) =>
  value instanceof Date ? value.valueOf() : typeof value === 'boolean' ? Number(value) : value;

/**
 * Makes a better-sqlite3 connection hand back the statement it prepared before for the same SQL
 * text: knex prepares every query it runs again (preparing and knex's query path were about 8 % of
 * a SQLite details page). A statement is reusable and runs synchronously, so it is never busy
 * when asked for again. Called once per connection the pool opens (see orm.ts).
 */
export function reuseSqliteStatements(connection: SqliteConnection): void {
  const prepare = connection.prepare.bind(connection);
  const statements = new Map<string, ReturnType<SqliteConnection['prepare']>>();
  connection.prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= MAX_SHAPES) statements.delete(statements.keys().next().value!);
      statements.set(sql, (statement = prepare(sql)));
    }
    return statement;
  };
}

async function run(client: KnexClient, name: string, sql: string, values: readonly unknown[]): Promise<Row[]> {
  // Statement counters (tests) listen for knex's query event.
  client.emit('query', { sql, bindings: values });
  const connection = await client.acquireConnection();
  try {
    if (client.dialect === 'postgresql') return (await connection.query({ name, text: sql, values })).rows;
    return connection.prepare(sql).all(values.map(sqliteValue));
  } finally {
    await client.releaseConnection(connection);
  }
}
