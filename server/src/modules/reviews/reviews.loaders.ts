import DataLoader from 'dataloader';
import type { Em } from '../../db/orm';
import { User } from '../accounts/user.entity';
import { Review } from './review.entity';

export interface ReviewSlice {
  reviews: Review[];
  hasMore: boolean;
}

type Row = Record<string, unknown>;

/** Newest-first review pages for many movies at once, and their authors. */
export function createReviewLoaders(em: Em) {
  const knex = em.getKnex();
  const perSize = new Map<number, DataLoader<number, ReviewSlice>>();

  return {
    user: new DataLoader<number, User | null>(async (ids) => {
      const rows: Row[] = await knex('app_user').select('id', 'username', 'email', 'is_admin', 'created_at').whereIn('id', ids as number[]);
      const byId = new Map(rows.map((row) => [Number(row.id), em.map(User, row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    reviewCount: new DataLoader<number, number>(async (movieIds) => {
      const rows: Row[] = await knex('review').select('movie_id').count({ count: '*' }).whereIn('movie_id', movieIds as number[]).groupBy('movie_id');
      const counts = new Map(rows.map((row) => [Number(row.movie_id), Number(row.count)]));
      return movieIds.map((id) => counts.get(id) ?? 0);
    }),

    /** The first `size` reviews of each movie (one extra tells whether more exist). */
    firstReviews(size: number): DataLoader<number, ReviewSlice> {
      let loader = perSize.get(size);
      if (!loader) {
        loader = new DataLoader(async (movieIds) => {
          const numbered = knex('review as r')
            .whereIn('r.movie_id', movieIds as number[])
            .select('r.*', knex.raw('row_number() over (partition by r.movie_id order by r.id desc) as review_rank'));
          const rows: Row[] = await knex
            .select('*')
            .from(numbered.as('numbered'))
            .where('review_rank', '<=', size + 1)
            .orderBy([{ column: 'movie_id' }, { column: 'review_rank' }]);
          const slices = new Map<number, Review[]>();
          for (const { review_rank: _, ...row } of rows) {
            const list = slices.get(Number(row.movie_id)) ?? [];
            list.push(em.map(Review, row));
            slices.set(Number(row.movie_id), list);
          }
          return movieIds.map((id) => {
            const list = slices.get(id) ?? [];
            return { reviews: list.slice(0, size), hasMore: list.length > size };
          });
        });
        perSize.set(size, loader);
      }
      return loader;
    },

    /** A later page of one movie's reviews; rarely batched, so a plain query. */
    async reviewsAfter(movieId: number, afterId: number, size: number): Promise<ReviewSlice> {
      const rows: Row[] = await knex('review').where('movie_id', movieId).where('id', '<', afterId).orderBy('id', 'desc').limit(size + 1);
      const reviews = rows.map((row) => em.map(Review, row));
      return { reviews: reviews.slice(0, size), hasMore: reviews.length > size };
    },
  };
}

export type ReviewLoaders = ReturnType<typeof createReviewLoaders>;
