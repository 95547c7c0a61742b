export interface RatingStats {
  __typename?: 'Movie';
  id: string;
  averageRating?: number | null;
  ratingCount: number;
  myRating?: number | null;
  ratingDistribution: ReadonlyArray<{ __typename?: 'RatingBucket'; score: number; count: number; percent: number }>;
}

/**
 * The stats as the server will compute them once the viewer's rating becomes `score` (null:
 * removed): used as the optimistic response, so stars and bars move before the round trip.
 * Rounding matches the server's (average to 2 decimals, percent to 1).
 */
export function projectRating(stats: RatingStats, score: number | null): RatingStats {
  const counts = new Map(stats.ratingDistribution.map((bucket) => [bucket.score, bucket.count]));
  const previous = stats.myRating ?? null;
  if (previous !== null) counts.set(previous, Math.max(0, (counts.get(previous) ?? 0) - 1));
  if (score !== null) counts.set(score, (counts.get(score) ?? 0) + 1);
  const scores = [1, 2, 3, 4, 5];
  const total = scores.reduce((sum, s) => sum + (counts.get(s) ?? 0), 0);
  const sum = scores.reduce((acc, s) => acc + s * (counts.get(s) ?? 0), 0);
  return {
    __typename: 'Movie',
    id: stats.id,
    myRating: score,
    ratingCount: total,
    averageRating: total === 0 ? null : Math.round((sum / total) * 100) / 100,
    ratingDistribution: scores.map((s) => {
      const count = counts.get(s) ?? 0;
      return {
        __typename: 'RatingBucket',
        score: s,
        count,
        percent: total === 0 ? 0 : Math.round((count / total) * 1000) / 10,
      };
    }),
  };
}
