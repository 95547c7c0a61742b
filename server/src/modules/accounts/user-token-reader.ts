import type { Database, Statement } from 'better-sqlite3';
import { isPostgres } from '../../db/dialect';
import type { Em, Orm } from '../../db/orm';

export interface UserTokenRow {
  id: number;
  username: string;
  is_admin: boolean | number;
  token_version: number;
}

/** Reads what a token check needs about its user: every authenticated request does this once. */
export type UserTokenReader = (em: Em, userId: number) => Promise<UserTokenRow | undefined>;

const SQL = 'select id, username, is_admin, token_version from app_user where id = ?';

/**
 * On SQLite, a statement compiled once on the driver's connection: through the query builder the
 * same read was re-compiled and re-prepared per request, a tenth of a busy server's time. It is
 * a read, so running it on the shared connection between another request's statements is safe.
 * On PostgreSQL the network round trip dominates, so the query builder is kept.
 */
export async function createUserTokenReader(orm: Orm): Promise<UserTokenReader> {
  if (isPostgres(orm)) {
    return (em, userId) =>
      em.getKnex()('app_user').select('id', 'username', 'is_admin', 'token_version').where('id', userId).first();
  }
  const client = orm.em.getKnex().client as {
    acquireConnection(): Promise<Database>;
    releaseConnection(db: Database): Promise<void>;
  };
  let statement: Statement<[number], UserTokenRow> | null = null;
  const prepare = async () => {
    const db = await client.acquireConnection();
    await client.releaseConnection(db);
    return db.prepare<[number], UserTokenRow>(SQL);
  };
  return async (_em, userId) => {
    // The pool keeps its one connection; if it ever replaced it, compile again on the new one.
    if (!statement?.database.open) statement = await prepare();
    return statement.get(userId);
  };
}
