import DataLoader from 'dataloader';
import type { Em } from '../../db/orm';
import { readPreparedShape } from '../../db/prepared';
import { USER_COLUMNS, userFromRow } from '../accounts/accounts.loaders';
import type { User } from '../accounts/user.entity';
import type { Review } from './review.entity';
import { reviewFromRow } from './reviews.rows';

/** Up to `size + 1` reviews, newest first: the extra one tells that there is a next page. */
export type ReviewSlice = Review[];

type Row = Record<string, unknown>;

const AUTHOR = 'author_';

/**
 * Newest-first review pages for many movies at once. Their authors come in the same statement and
 * go to the request's `users` loader, where Review.author looks.
 */
export function createReviewLoaders(em: Em, viewerId: number | null, users: DataLoader<number, User | null>) {
  const knex = em.getKnex();
  const perSize = new Map<number, DataLoader<number, ReviewSlice>>();

  return {
    /** The caller's own score per movie (null when anonymous or unrated). */
    myRating: new DataLoader<number, number | null>(async (movieIds) => {
      if (viewerId === null) return movieIds.map(() => null);
      const rows = (await knex('rating')
        .select('movie_id', 'score')
        .where('user_id', viewerId)
        .whereIn('movie_id', movieIds as number[])) as Row[];
      const scores = new Map(rows.map((row) => [Number(row.movie_id), Number(row.score)]));
      return movieIds.map((id) => scores.get(id) ?? null);
    }),

    myReview: new DataLoader<number, Review | null>(async (movieIds) => {
      if (viewerId === null) return movieIds.map(() => null);
      const rows = (await knex('review')
        .where('user_id', viewerId)
        .whereIn('movie_id', movieIds as number[])) as Row[];
      const reviews = new Map(rows.map((row) => [Number(row.movie_id), reviewFromRow(row)]));
      return movieIds.map((id) => reviews.get(id) ?? null);
    }),

    reviewCount: new DataLoader<number, number>(async (movieIds) => {
      const rows = (await knex('review')
        .select('movie_id')
        .count({ count: '*' })
        .whereIn('movie_id', movieIds as number[])
        .groupBy('movie_id')) as unknown as Row[];
      const counts = new Map(rows.map((row) => [Number(row.movie_id), Number(row.count)]));
      return movieIds.map((id) => counts.get(id) ?? 0);
    }),

    /** The first `size` reviews of each movie, and one more if there is one. */
    firstReviews(size: number): DataLoader<number, ReviewSlice> {
      let loader = perSize.get(size);
      if (!loader) {
        loader = new DataLoader(async (movieIds) => {
          const build = () => {
            const numbered = knex('review as r')
              .leftJoin('app_user as u', 'u.id', 'r.user_id')
              .whereIn('r.movie_id', movieIds as number[])
              .select(
                'r.*',
                ...USER_COLUMNS.map((column) => `u.${column} as ${AUTHOR}${column}`),
                knex.raw('row_number() over (partition by r.movie_id order by r.id desc) as review_rank'),
              );
            return knex
              .select('*')
              .from(numbered.as('numbered'))
              .where('review_rank', '<=', size + 1)
              .orderBy([{ column: 'movie_id' }, { column: 'review_rank' }]);
          };
          const rows = await readPreparedShape(knex, `reviews:${movieIds.length}:${size}`, build, [
            ...movieIds,
            size + 1,
          ]);
          const slices = new Map<number, Review[]>();
          for (const { review_rank: _, ...joined } of rows) {
            const row: Row = {};
            const author: Row = {};
            for (const [key, value] of Object.entries(joined)) {
              if (key.startsWith(AUTHOR)) author[key.slice(AUTHOR.length)] = value;
              else row[key] = value;
            }
            if (author.id !== null && author.id !== undefined) users.prime(Number(author.id), userFromRow(author));
            const list = slices.get(Number(row.movie_id)) ?? [];
            list.push(reviewFromRow(row));
            slices.set(Number(row.movie_id), list);
          }
          return movieIds.map((id) => slices.get(id) ?? []);
        });
        perSize.set(size, loader);
      }
      return loader;
    },

    /** A later page of one movie's reviews; rarely batched, so a plain query. */
    async reviewsAfter(movieId: number, afterId: number, size: number): Promise<ReviewSlice> {
      const rows = (await knex('review')
        .where('movie_id', movieId)
        .where('id', '<', afterId)
        .orderBy('id', 'desc')
        .limit(size + 1)) as Row[];
      return rows.map((row) => reviewFromRow(row));
    },
  };
}

export type ReviewLoaders = ReturnType<typeof createReviewLoaders>;
