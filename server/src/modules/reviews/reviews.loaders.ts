import DataLoader from 'dataloader';
import type { Em } from '../../db/orm';
import { readPreparedShape } from '../../db/prepared';
import { USER_COLUMNS, userFromRow } from '../accounts/accounts.loaders';
import type { User } from '../accounts/user.entity';
import type { Review } from './review.entity';
import { whereAfter, type SortKey } from '../common/pagination';
import { reviewFromRow } from './reviews.rows';

/** Up to `size + 1` reviews in the page's order: the extra one tells that there is a next page. */
export type ReviewSlice = Review[];

/** How a movie's reviews are ordered; each has its keyset (the cursor holds these columns). */
export const REVIEW_ORDERS = {
  NEWEST: [{ column: 'id', direction: 'desc' }],
  HELPFUL: [
    { column: 'helpful_count', direction: 'desc' },
    { column: 'id', direction: 'desc' },
  ],
} as const satisfies Record<string, SortKey[]>;
export type ReviewOrder = keyof typeof REVIEW_ORDERS;

type Row = Record<string, unknown>;

const AUTHOR = 'author_';

/**
 * Newest-first review pages for many movies at once. Their authors come in the same statement and
 * go to the request's `users` loader, where Review.author looks.
 */
export function createReviewLoaders(em: Em, viewerId: number | null, users: DataLoader<number, User | null>) {
  const knex = em.getKnex();
  const perPage = new Map<string, DataLoader<number, ReviewSlice>>();

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

    /** Whether each movie is on the caller's watchlist (false when anonymous). */
    inMyWatchlist: new DataLoader<number, boolean>(async (movieIds) => {
      if (viewerId === null) return movieIds.map(() => false);
      const rows = (await knex('watchlist_entry')
        .select('movie_id')
        .where('user_id', viewerId)
        .whereIn('movie_id', movieIds as number[])) as Row[];
      const listed = new Set(rows.map((row) => Number(row.movie_id)));
      return movieIds.map((id) => listed.has(id));
    }),

    /** The score a review's author gave its film, keyed `userId:movieId`; null when they did not rate it. */
    authorRating: new DataLoader<string, number | null>(async (keys) => {
      const pairs = keys.map((key) => key.split(':').map(Number));
      const rows = (await knex('rating')
        .select('user_id', 'movie_id', 'score')
        .whereIn(['user_id', 'movie_id'], pairs)) as Row[];
      const scores = new Map(rows.map((row) => [`${Number(row.user_id)}:${Number(row.movie_id)}`, Number(row.score)]));
      return keys.map((key) => scores.get(key) ?? null);
    }),

    /** Whether the caller marked each review helpful (false when anonymous). */
    markedHelpfulByMe: new DataLoader<number, boolean>(async (reviewIds) => {
      if (viewerId === null) return reviewIds.map(() => false);
      const rows = (await knex('review_vote')
        .select('review_id')
        .where('user_id', viewerId)
        .whereIn('review_id', reviewIds as number[])) as Row[];
      const marked = new Set(rows.map((row) => Number(row.review_id)));
      return reviewIds.map((id) => marked.has(id));
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

    /** The first `size` reviews of each movie in `order`, and one more if there is one. */
    firstReviews(size: number, order: ReviewOrder = 'NEWEST'): DataLoader<number, ReviewSlice> {
      let loader = perPage.get(`${order}:${size}`);
      if (!loader) {
        const ranking = REVIEW_ORDERS[order].map((key) => `r.${key.column} ${key.direction}`).join(', ');
        loader = new DataLoader(async (movieIds) => {
          const build = () => {
            const numbered = knex('review as r')
              .leftJoin('app_user as u', 'u.id', 'r.user_id')
              .whereIn('r.movie_id', movieIds as number[])
              .select(
                'r.*',
                ...USER_COLUMNS.map((column) => `u.${column} as ${AUTHOR}${column}`),
                knex.raw(`row_number() over (partition by r.movie_id order by ${ranking}) as review_rank`),
              );
            return knex
              .select('*')
              .from(numbered.as('numbered'))
              .where('review_rank', '<=', size + 1)
              .orderBy([{ column: 'movie_id' }, { column: 'review_rank' }]);
          };
          const rows = await readPreparedShape(knex, `reviews:${order}:${movieIds.length}:${size}`, build, [
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
        perPage.set(`${order}:${size}`, loader);
      }
      return loader;
    },

    /** A later page of one movie's reviews; rarely batched, so a plain query. */
    async reviewsAfter(
      movieId: number,
      after: Array<string | number>,
      size: number,
      order: ReviewOrder = 'NEWEST',
    ): Promise<ReviewSlice> {
      const keys = REVIEW_ORDERS[order];
      const query = knex('review').where('movie_id', movieId);
      whereAfter(query, [...keys], after);
      for (const key of keys) query.orderBy(key.column, key.direction);
      const rows = (await query.limit(size + 1)) as Row[];
      return rows.map((row) => reviewFromRow(row));
    },
  };
}

export type ReviewLoaders = ReturnType<typeof createReviewLoaders>;
