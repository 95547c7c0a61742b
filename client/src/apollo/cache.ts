import { InMemoryCache, type Reference } from '@apollo/client';
import type { FieldFunctionOptions } from '@apollo/client/cache';

interface EdgeRef {
  cursor: string;
  node: Reference;
}

interface StoredConnection {
  edges: EdgeRef[];
  [field: string]: unknown;
}

/**
 * Pages of one connection whose nodes are entities (a movie's reviews, a member's ratings) form one list: a page fetched with `after` is appended, a first page
 * replaces the list. Edges are de-duplicated by review, so a review added locally and then met
 * again in a fetched page shows once.
 */
export function mergeReviewPages(
  existing: StoredConnection | undefined,
  incoming: StoredConnection,
  { args }: FieldFunctionOptions,
): StoredConnection {
  if (!existing || !args?.after) return incoming;
  const seen = new Set(existing.edges.map((edge) => edge.node.__ref));
  return { ...incoming, edges: [...existing.edges, ...incoming.edges.filter((edge) => !seen.has(edge.node.__ref))] };
}

/**
 * A room's messages, whatever their source (history page, older page, live event, own send),
 * are one list ordered by id: ids are time-ordered, so the union sorted by id is the conversation,
 * and a message replayed after a reconnect lands once.
 */
export function mergeMessages(
  existing: Reference[] | undefined,
  incoming: Reference[],
  { readField }: FieldFunctionOptions,
): Reference[] {
  const byRef = new Map<string, Reference>();
  for (const message of [...(existing ?? []), ...incoming]) byRef.set(message.__ref, message);
  const idOf = (message: Reference) => String(readField('id', message));
  return [...byRef.values()].sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // A movie already in the cache (from the grid) renders at once on its details page.
          movie: {
            read: (existing: Reference | undefined, { args, toReference }) =>
              existing ?? toReference({ __typename: 'Movie', id: args?.id as string | undefined }),
          },
          // Admin lists: "More …" appends the next page; each filter (a search, say) is its own list.
          reviews: { keyArgs: ['movieId', 'userId'], merge: mergeReviewPages },
          users: { keyArgs: ['search'], merge: mergeReviewPages },
          people: { keyArgs: ['search'], merge: mergeReviewPages },
          auditLog: { keyArgs: ['targetType', 'targetId'], merge: mergeReviewPages },
        },
      },
      Movie: {
        fields: {
          // Each order is its own list.
          reviews: { keyArgs: ['sort'], merge: mergeReviewPages },
          ratingDistribution: { merge: false },
          genres: { merge: false },
        },
      },
      User: {
        // A profile's ratings: "More ratings" appends the next page.
        fields: { ratings: { keyArgs: false, merge: mergeReviewPages } },
      },
      Room: {
        fields: { messages: { keyArgs: false, merge: mergeMessages } },
      },
      // A conversation's replies are values, not entities.
      BotReply: { keyFields: false },
    },
  });
}
