import type { Movie } from './movie.entity';

/** Mean score rounded to `decimals`; null while unrated. */
export function averageRating(movie: Pick<Movie, 'ratingSum' | 'ratingCount'>, decimals = 2): number | null {
  if (movie.ratingCount === 0) return null;
  const scale = 10 ** decimals;
  return Math.round((movie.ratingSum / movie.ratingCount) * scale) / scale;
}
