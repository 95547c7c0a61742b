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

/** The fields of a cached Movie these helpers change. */
interface MovieReviewFields {
  myReview: Reference | null;
  reviews: StoredConnection;
}

/** A new review of mine: it is the movie's `myReview` and the first community review (newest first). */
export function addReviewToMovie(cache: ApolloCache, movieId: string, review: Reference): void {
  cache.modify<MovieReviewFields>({
    id: cache.identify({ __typename: 'Movie', id: movieId }),
    fields: {
      myReview: () => review,
      reviews: (existing, { readField, isReference }) => {
        if (!existing || isReference(existing)) return existing;
        const alreadyThere = existing.edges.some((edge) => readField('id', edge.node) === readField('id', review));
        if (alreadyThere) return existing;
        const edge: StoredEdge = {
          __typename: 'ReviewEdge',
          cursor: `local:${String(readField('id', review))}`,
          node: review,
        };
        return { ...existing, totalCount: existing.totalCount + 1, edges: [edge, ...existing.edges] };
      },
    },
  });
}

/** A deleted review leaves the movie, its list and the cache. */
export function removeReviewFromMovie(cache: ApolloCache, movieId: string, reviewId: string): void {
  cache.modify<MovieReviewFields>({
    id: cache.identify({ __typename: 'Movie', id: movieId }),
    fields: {
      myReview: (existing, { readField }) => (existing && readField('id', existing) === reviewId ? null : existing),
      reviews: (existing, { readField, isReference }) => {
        if (!existing || isReference(existing)) return existing;
        const edges = existing.edges.filter((edge) => readField('id', edge.node) !== reviewId);
        return {
          ...existing,
          totalCount: existing.totalCount - (existing.edges.length - edges.length),
          edges,
        };
      },
    },
  });
  cache.evict({ id: cache.identify({ __typename: 'Review', id: reviewId }) });
  cache.gc();
}
