import type { Em } from '../../db/orm';
import { decodeCursor, encodeCursor, pageSize, parseId, toConnection, type Page } from '../common/pagination';
import { toNumber, type Row } from '../common/row-mapping';

export interface ModerationArgs {
  movieId?: string | null;
  userId?: string | null;
  first?: number | null;
  after?: string | null;
}

/** Ratings or reviews, newest first, of one film and/or one member, keyset-paged by id: admins' lists and profiles. */
export async function newestFirst<T extends { id: number }>(
  em: Em,
  table: 'rating' | 'review',
  args: ModerationArgs,
  fromRow: (row: Row) => T,
  maxPage?: number,
): Promise<Page<T>> {
  const size = maxPage ? pageSize(args.first, maxPage) : pageSize(args.first);
  const query = em.getKnex()(table);
  if (args.movieId) query.where('movie_id', parseId(args.movieId, 'movieId'));
  if (args.userId) query.where('user_id', parseId(args.userId, 'userId'));
  const counting = query.clone();
  if (args.after) query.where('id', '<', Number(decodeCursor(args.after, table, 1)[0]));
  const rows = size === 0 ? [] : ((await query.orderBy('id', 'desc').limit(size + 1)) as Row[]);
  return toConnection(rows.map(fromRow), size, {
    node: (item) => item,
    cursor: (item) => encodeCursor(table, [item.id]),
    hasPreviousPage: Boolean(args.after),
    countAll: async () => toNumber(((await counting.count({ count: '*' }).first()) as Row).count),
  });
}
