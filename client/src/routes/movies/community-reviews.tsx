import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { ErrorMessage } from '../../components/error-message';

export const REVIEWS_PAGE_SIZE = 10;

export const MOVIE_REVIEWS = graphql(`
  query MovieReviews($id: ID!, $first: Int!, $after: String) {
    movie(id: $id) {
      id
      reviews(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...ReviewFields
          }
        }
      }
    }
  }
`);

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Everyone's reviews, newest first, ten at a time; "More reviews" appends the next page. */
export function CommunityReviews({ movieId }: { movieId: string }) {
  const { data, error, fetchMore, loading } = useQuery(MOVIE_REVIEWS, {
    variables: { id: movieId, first: REVIEWS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const reviews = data?.movie?.reviews;
  if (error) return <ErrorMessage error={error} />;
  if (!reviews) return <p className="meta">Loading reviews…</p>;
  return (
    <section className="community-reviews" aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">Reviews ({reviews.totalCount})</h2>
      {reviews.edges.length === 0 && <p className="meta">No reviews yet. Be the first.</p>}
      <ol className="review-list">
        {reviews.edges.map(({ node }) => (
          <li key={node.id}>
            <article>
              <h3>{node.title}</h3>
              <p className="meta">
                by {node.author.username} ·{' '}
                <time dateTime={String(node.createdAt)}>{dateFormat.format(new Date(String(node.createdAt)))}</time>
                {node.updatedAt !== node.createdAt && ' · edited'}
              </p>
              <p>{node.body}</p>
            </article>
          </li>
        ))}
      </ol>
      {reviews.pageInfo.hasNextPage && (
        <button
          type="button"
          disabled={loading}
          onClick={() => void fetchMore({ variables: { after: reviews.pageInfo.endCursor } })}
        >
          {loading ? 'Loading…' : 'More reviews'}
        </button>
      )}
    </section>
  );
}
