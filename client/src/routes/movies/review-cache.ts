import type { ApolloCache, Reference } from '@apollo/client';

interface StoredEdge {
  __typename: 'ReviewEdge';
  cursor: string;
  node: Reference;
}

interface StoredConnection {
  totalCount: number;
  edges: StoredEdge[];
}

/** A new review of mine: it is the movie's `myReview` and the first community review (newest first). */
export function addReviewToMovie(cache: ApolloCache, movieId: string, review: Reference): void {
  cache.modify({
    id: cache.identify({ __typename: 'Movie', id: movieId }),
    fields: {
      myReview: () => review,
      reviews: (stored, { readField }) => {
        const existing = stored as StoredConnection | undefined;
        if (!existing) return stored;
        const alreadyThere = existing.edges.some((edge) => readField('id', edge.node) === readField('id', review));
        if (alreadyThere) return stored;
        const edge: StoredEdge = {
          __typename: 'ReviewEdge',
          cursor: `local:${String(readField('id', review))}`,
          node: review,
        };
        return { ...existing, totalCount: existing.totalCount + 1, edges: [edge, ...existing.edges] } as typeof stored;
      },
    },
  });
}

/** A deleted review leaves the movie, its list and the cache. */
export function removeReviewFromMovie(cache: ApolloCache, movieId: string, reviewId: string): void {
  cache.modify({
    id: cache.identify({ __typename: 'Movie', id: movieId }),
    fields: {
      myReview: (existing: Reference | null, { readField }) =>
        existing && readField('id', existing) === reviewId ? null : existing,
      reviews: (stored, { readField }) => {
        const existing = stored as StoredConnection | undefined;
        if (!existing) return stored;
        const edges = existing.edges.filter((edge) => readField('id', edge.node) !== reviewId);
        return {
          ...existing,
          totalCount: existing.totalCount - (existing.edges.length - edges.length),
          edges,
        } as typeof stored;
      },
    },
  });
  cache.evict({ id: cache.identify({ __typename: 'Review', id: reviewId }) });
  cache.gc();
}
