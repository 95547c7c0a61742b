import { isPostgres } from '../../db/dialect';
import type { Em } from '../../db/orm';
import { Movie } from '../catalogue/movie.entity';
import { badInput, notFound } from '../common/errors';
import { Rating } from './rating.entity';

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

/**
 * Locks the movie row for the rest of the transaction, so concurrent ratings of one movie
 * recompute its stats one after the other (SQLite serialises writers anyway).
 */
async function lockMovie(em: Em, movieId: number): Promise<void> {
  const lock = isPostgres(em) ? ' for update' : '';
  const rows = await em.execute(`select id from movie where id = ?${lock}`, [movieId]);
  if (rows.length === 0) throw notFound('Movie', movieId);
}

/** Rebuilds the denormalised rating columns from the ratings themselves: exact, whatever happened before. */
export async function recomputeRatingStats(em: Em, movieId: number): Promise<void> {
  const perScore = [1, 2, 3, 4, 5]
    .map((s) => `rating_${s}_count = (select count(*) from rating where movie_id = movie.id and score = ${s})`)
    .join(', ');
  await em.execute(
    `update movie set
       rating_count = (select count(*) from rating where movie_id = movie.id),
       rating_sum = (select coalesce(sum(score), 0) from rating where movie_id = movie.id),
       rating_average = coalesce((select avg(score * 1.0) from rating where movie_id = movie.id), 0),
       ${perScore}
     where id = ?`,
    [movieId],
  );
}

/** One rating per user and movie: a second call changes the score instead of adding one. */
export async function rateMovie(em: Em, userId: number, movieId: number, score: number): Promise<void> {
  if (!Number.isInteger(score) || score < MIN_SCORE || score > MAX_SCORE) {
    throw badInput('score', `score must be a whole number from ${MIN_SCORE} to ${MAX_SCORE}`);
  }
  await em.transactional(async (tx) => {
    await lockMovie(tx, movieId);
    const now = new Date();
    await tx.upsert(Rating, { user: userId, movie: movieId, score, createdAt: now, updatedAt: now }, {
      onConflictFields: ['user', 'movie'],
      onConflictMergeFields: ['score', 'updatedAt'],
    } as never);
    // Rating a film says it was seen: it leaves the watchlist (README, "Watchlists").
    await tx.execute('delete from watchlist_entry where user_id = ? and movie_id = ?', [userId, movieId]);
    await recomputeRatingStats(tx, movieId);
  });
}

export async function removeRating(em: Em, userId: number, movieId: number): Promise<boolean> {
  return em.transactional(async (tx) => {
    await lockMovie(tx, movieId);
    const removed = await tx.nativeDelete(Rating, { user: userId, movie: movieId });
    if (removed > 0) await recomputeRatingStats(tx, movieId);
    return removed > 0;
  });
}

export async function freshMovie(em: Em, movieId: number): Promise<Movie> {
  const movie = await em.fork().findOne(Movie, movieId);
  if (!movie) throw notFound('Movie', movieId);
  return movie;
}
