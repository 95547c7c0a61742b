import { dbTimestamp } from '../../db/dialect';
import type { Em } from '../../db/orm';
import { notFound } from '../common/errors';

/** Adds a film to the user's watchlist; adding it twice keeps the first date. */
export async function addToWatchlist(em: Em, userId: number, movieId: number): Promise<void> {
  const knex = em.getKnex();
  if (!(await knex('movie').where('id', movieId).first('id'))) throw notFound('Movie', movieId);
  await knex('watchlist_entry')
    .insert({ user_id: userId, movie_id: movieId, created_at: dbTimestamp(em, Date.now()) })
    .onConflict(['user_id', 'movie_id'])
    .ignore();
}

/** True when the film was on the list. */
export async function removeFromWatchlist(em: Em, userId: number, movieId: number): Promise<boolean> {
  if (!(await em.getKnex()('movie').where('id', movieId).first('id'))) throw notFound('Movie', movieId);
  return (await em.getKnex()('watchlist_entry').where({ user_id: userId, movie_id: movieId }).delete()) > 0;
}
