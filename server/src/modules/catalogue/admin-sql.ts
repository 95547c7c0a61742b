import type { Em } from '../../db/orm';
import { badInput } from '../common/errors';
import { toNumber, type Row } from '../common/row-mapping';
import type { Execute } from './search-index';

/** Raw statements in the admin edit's transaction. */
export const executeIn =
  (em: Em): Execute =>
  (sql, params) =>
    em.getConnection().execute<Row[]>(sql, params, 'all', em.getTransactionContext());

/** Which of `ids` exist in `table`. */
export async function existingIds(em: Em, table: string, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await executeIn(em)(`select id from ${table} where id in (${ids.map(() => '?').join(', ')})`, ids);
  return new Set(rows.map((row) => toNumber(row.id)));
}

/** A unique index refused the row: MikroORM's wrapper, or the driver's own error from a raw statement. */
export const isUniqueViolation = (error: unknown) => {
  const { name, code } = error as { name?: string; code?: string };
  return name === 'UniqueConstraintViolationException' || code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
};

/** The ids to merge away: at least one, never the one kept. */
export function validMerge(keepId: number, mergeIds: number[]): number[] {
  const merged = [...new Set(mergeIds)];
  if (merged.length === 0) throw badInput('mergeIds', 'Name at least one to merge');
  if (merged.includes(keepId)) throw badInput('mergeIds', 'The one kept cannot also be merged away');
  return merged;
}

/** Films that credit any of `personIds`, as director or main actor. */
export async function filmsOf(em: Em, personIds: number[]): Promise<number[]> {
  const list = personIds.map(() => '?').join(', ');
  const rows = await executeIn(em)(
    `select id as movie_id from movie where director_id in (${list}) union select movie_id from movie_actor where actor_id in (${list})`,
    [...personIds, ...personIds],
  );
  return rows.map((row) => toNumber(row.movie_id));
}
