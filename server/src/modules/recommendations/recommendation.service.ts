import type { Em } from '../../db/orm';
import { toNumber, type Row } from '../common/row-mapping';
import type { RecommendationModels } from './model-cache';
import { recommend, type OwnRating, type Suggestion } from './recommend';

export interface Recommended {
  movieId: number;
  score: number;
  because: OwnRating[];
  reason: (titleOf: (movieId: number) => string) => string;
}

const sentence = (parts: string[]) =>
  parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? '');

function reasonFor(suggestion: Suggestion): Recommended['reason'] {
  return (titleOf) => {
    const rated = (format: (title: string, score: number) => string) =>
      sentence(suggestion.because.map((rating) => format(titleOf(rating.movieId), rating.score)));
    switch (suggestion.shared) {
      case 'ratings':
        return `Because you rated ${rated((title, score) => `${title} ${score}★`)}`;
      case 'people':
        return suggestion.because.length
          ? `Shares cast or director with ${rated((title, score) => `${title} (you gave it ${score}★)`)}`
          : 'Made by people whose films you liked';
      case 'genres':
        return suggestion.because.length
          ? `Same genres as ${rated((title, score) => `${title} (you gave it ${score}★)`)}`
          : 'In genres you like';
      default:
        return 'Highly rated by MyMDB members';
    }
  };
}

/**
 * The caller's recommendations: their ratings, reviews and watchlist read now (two statements),
 * the item model from the per-process cache.
 */
export async function recommendFor(
  em: Em,
  models: RecommendationModels,
  userId: number,
  first: number,
): Promise<Recommended[]> {
  const knex = em.getKnex();
  const [model, ratings, others] = await Promise.all([
    models.current(),
    knex('rating').select('movie_id', 'score').where('user_id', userId) as Promise<Row[]>,
    knex('review')
      .select('movie_id')
      .where('user_id', userId)
      .unionAll(knex('watchlist_entry').select('movie_id').where('user_id', userId)) as Promise<Row[]>,
  ]);
  const own = ratings.map((row) => ({ movieId: toNumber(row.movie_id), score: toNumber(row.score) }));
  const exclude = new Set([...own.map((rating) => rating.movieId), ...others.map((row) => toNumber(row.movie_id))]);
  return recommend(model, own, exclude, first).map((suggestion) => ({
    movieId: suggestion.movieId,
    score: suggestion.score,
    because: suggestion.because,
    reason: reasonFor(suggestion),
  }));
}
