/** Server-shaped results (with __typename, as Apollo Client asks for it) for component tests. */

export function distribution(counts: Partial<Record<1 | 2 | 3 | 4 | 5, number>>) {
  const total = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
  return [1, 2, 3, 4, 5].map((score) => {
    const count = counts[score as 1] ?? 0;
    return {
      __typename: 'RatingBucket' as const,
      score,
      count,
      percent: total ? Math.round((count / total) * 1000) / 10 : 0,
    };
  });
}

export function movieDetails(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Movie' as const,
    id: '42',
    title: 'Casablanca',
    description: 'A nightclub owner, an old love, and letters of transit.',
    releaseYear: 1942,
    posterUrl: null,
    averageRating: 3,
    ratingCount: 2,
    myRating: null,
    ratingDistribution: distribution({ 2: 1, 4: 1 }),
    director: { __typename: 'Director' as const, id: '1', name: 'Michael Curtiz' },
    mainActors: [{ __typename: 'Actor' as const, id: '2', name: 'Humphrey Bogart' }],
    genres: [{ __typename: 'Genre' as const, id: '3', name: 'Drama' }],
    myReview: null,
    inMyWatchlist: false,
    similar: [],
    ...overrides,
  };
}

export function review(n: number, username = `critic${n}`) {
  const at = new Date(Date.UTC(2026, 0, 1) - n * 60_000).toISOString();
  return {
    __typename: 'Review' as const,
    id: String(1000 + n),
    title: `Review ${n}`,
    body: `Body of review ${n}`,
    containsSpoilers: false,
    helpfulCount: 0,
    markedHelpfulByMe: false,
    authorRating: null as number | null,
    createdAt: at,
    updatedAt: at,
    author: { __typename: 'User' as const, id: String(500 + n), username },
  };
}

export function reviewsPage(
  movieId: string,
  reviews: Array<ReturnType<typeof review>>,
  totalCount: number,
  hasNextPage: boolean,
) {
  return {
    movie: {
      __typename: 'Movie' as const,
      id: movieId,
      reviews: {
        __typename: 'ReviewConnection' as const,
        totalCount,
        pageInfo: {
          __typename: 'PageInfo' as const,
          hasNextPage,
          endCursor: reviews.length ? `cursor-${reviews.at(-1)!.id}` : null,
        },
        edges: reviews.map((node) => ({ __typename: 'ReviewEdge' as const, cursor: `cursor-${node.id}`, node })),
      },
    },
  };
}
