import DataLoader from 'dataloader';
import type { Em } from '../../db/orm';
import { instance, toDate, toNumber, type Row } from '../common/row-mapping';
import { User } from './user.entity';

export const USER_COLUMNS = ['id', 'username', 'email', 'is_admin', 'is_active', 'watchlist_public', 'created_at'];

export function userFromRow(row: Row): User {
  return instance(User, {
    id: toNumber(row.id),
    username: row.username,
    email: row.email,
    isAdmin: row.is_admin === true || row.is_admin === 1,
    isActive: row.is_active === true || row.is_active === 1,
    watchlistPublic: row.watchlist_public === true || row.watchlist_public === 1,
    createdAt: toDate(row.created_at),
  });
}

/** Users by id, one statement per batch (review authors, `me`). */
export function createAccountLoaders(em: Em) {
  const knex = em.getKnex();
  return {
    user: new DataLoader<number, User | null>(async (ids) => {
      const rows = (await knex('app_user')
        .select(USER_COLUMNS)
        .whereIn('id', ids as number[])) as Row[];
      const byId = new Map(rows.map((row) => [Number(row.id), userFromRow(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
