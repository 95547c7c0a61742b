import type { Em } from '../../db/orm';
import { dbTimestamp } from '../../db/dialect';
import { genreFromRow, movieFromRow, personFromRow } from '../catalogue/catalogue.rows';
import { toDate, toNumber, type Row } from '../common/row-mapping';
import { whereAfter } from '../common/pagination';
import type { DirectorTaste, GenreTaste, UserStats, WatchlistItem } from './profile.types';

const FAVOURITES = 5;

/** Watchlist, most recently added first; the cursor is (added at in epoch ms, movie id). */
export async function userWatchlist(
  em: Em,
  userId: number,
  size: number,
  after: [number, number] | null,
): Promise<WatchlistItem[]> {
  const query = em
    .getKnex()('watchlist_entry as w')
    .join('movie as m', 'm.id', 'w.movie_id')
    .where('w.user_id', userId)
    .select('m.*', 'w.created_at as added_at');
  const keys = [
    { column: 'w.created_at', direction: 'desc' as const },
    { column: 'w.movie_id', direction: 'desc' as const },
  ];
  if (after) whereAfter(query, keys, [dbTimestamp(em, after[0]) as number, after[1]]);
  for (const key of keys) query.orderBy(key.column, key.direction);
  const rows = (await query.limit(size + 1)) as Row[];
  return rows.map((row) => ({ movie: movieFromRow(row), addedAt: toDate(row.added_at) }));
}

export async function countRows(em: Em, table: string, userId: number): Promise<number> {
  const row = (await em.getKnex()(table).where('user_id', userId).count({ count: '*' }).first()) as Row;
  return toNumber(row.count);
}

/** Counts, average and distribution in one statement; favourites in one statement each. */
export async function userStats(em: Em, userId: number): Promise<UserStats> {
  const knex = em.getKnex();
  const perScore: Row[] = await knex('rating')
    .select('score')
    .count({ count: '*' })
    .where('user_id', userId)
    .groupBy('score');
  const scoreDistribution = [0, 0, 0, 0, 0];
  for (const row of perScore) scoreDistribution[toNumber(row.score) - 1] = toNumber(row.count);
  const ratingCount = scoreDistribution.reduce((a, b) => a + b, 0);
  const total = scoreDistribution.reduce((sum, count, i) => sum + count * (i + 1), 0);
  // Liking = how far above their own average the member rates a genre's films, summed: a genre
  // they rate highly and often comes first; one they merely watch a lot does not.
  const mean = ratingCount ? total / ratingCount : 0;
  const liking = 'sum(r.score - cast(? as real))';
  const genres = (await knex('rating as r')
    .join('movie_genre as mg', 'mg.movie_id', 'r.movie_id')
    .join('genre as g', 'g.id', 'mg.genre_id')
    .where('r.user_id', userId)
    .groupBy('g.id')
    .havingRaw(`${liking} > 0`, [mean])
    .select('g.*', knex.raw('count(*) as rating_count'), knex.raw('avg(r.score * 1.0) as average_score'))
    .orderByRaw(`${liking} desc, g.name`, [mean])
    .limit(FAVOURITES)) as Row[];
  const directors = (await knex('rating as r')
    .join('movie as m', 'm.id', 'r.movie_id')
    .join('person as p', 'p.id', 'm.director_id')
    .where('r.user_id', userId)
    .groupBy('p.id')
    .havingRaw(`${liking} > 0`, [mean])
    .select('p.*', knex.raw('count(*) as rating_count'), knex.raw('avg(r.score * 1.0) as average_score'))
    .orderByRaw(`${liking} desc, p.id`, [mean])
    .limit(FAVOURITES)) as Row[];
  const taste = (row: Row) => ({
    ratingCount: toNumber(row.rating_count),
    averageScore: Math.round(toNumber(row.average_score) * 100) / 100,
  });
  return {
    ratingCount,
    averageScore: ratingCount ? Math.round((total / ratingCount) * 100) / 100 : null,
    scoreDistribution,
    favouriteGenres: genres.map((row): GenreTaste => ({ genre: genreFromRow(row), ...taste(row) })),
    favouriteDirectors: directors.map((row): DirectorTaste => ({ director: personFromRow(row), ...taste(row) })),
  };
}
