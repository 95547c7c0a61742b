import type { Em } from '../../db/orm';
import type { Movie } from '../catalogue/movie.entity';
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

export interface RecommendedMovie {
  movie: Movie;
  score: number;
  because: Movie[];
  reason: string;
}

/** The films of `picks` and of their reasons, loaded in one batch, and each reason in words. */
export async function withMovies(
  picks: Recommended[],
  movies: { loadMany(ids: number[]): Promise<Array<Movie | null | Error>> },
): Promise<RecommendedMovie[]> {
  const ids = [...new Set(picks.flatMap((pick) => [pick.movieId, ...pick.because.map((rating) => rating.movieId)]))];
  const byId = new Map<number, Movie>();
  for (const movie of await movies.loadMany(ids)) if (movie && !(movie instanceof Error)) byId.set(movie.id, movie);
  const titleOf = (movieId: number) => byId.get(movieId)?.title ?? 'a film';
  return picks.flatMap((pick) => {
    const movie = byId.get(pick.movieId);
    if (!movie) return [];
    const because = pick.because.flatMap((rating) => byId.get(rating.movieId) ?? []);
    return [{ movie, score: pick.score, because, reason: pick.reason(titleOf) }];
  });
}
