import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../__generated__';
import type { ReviewSort } from '../../__generated__/graphql';
import { useAuth } from '../../auth/auth';
import { useLoginRedirect } from '../../auth/use-login-redirect';
import { ErrorMessage } from '../../components/error-message';
import { formText } from '../../components/form-text';
import { Stars } from '../../components/stars';

export const REVIEWS_PAGE_SIZE = 10;

export const MOVIE_REVIEWS = graphql(`
  query MovieReviews($id: ID!, $first: Int!, $after: String, $sort: ReviewSort) {
    movie(id: $id) {
      id
      reviews(first: $first, after: $after, sort: $sort) {
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

const MARK_HELPFUL = graphql(`
  mutation MarkReviewHelpful($reviewId: ID!, $helpful: Boolean!) {
    markReviewHelpful(reviewId: $reviewId, helpful: $helpful) {
      id
      helpfulCount
      markedHelpfulByMe
    }
  }
`);

const REMOVE_REVIEW = graphql(`
  mutation ModerateReview($id: ID!, $reason: String) {
    deleteReview(id: $id, reason: $reason) {
      id
      movie {
        id
        reviews {
          totalCount
        }
      }
    }
  }
`);

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Admins remove someone else's review, saying why; the reason goes to the audit log. */
function ModerateButton({ review }: { review: ShownReview }) {
  const { viewer } = useAuth();
  const [asking, setAsking] = useState(false);
  const [remove, { loading, error }] = useMutation(REMOVE_REVIEW, { refetchQueries: ['MovieReviews'] });
  if (!viewer?.isAdmin || viewer.id === review.author.id) return null;
  if (!asking)
    return (
      <button type="button" className="link-button" onClick={() => setAsking(true)}>
        Remove (admin)
      </button>
    );
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        const reason = formText(new FormData(event.currentTarget), 'reason').trim() || null;
        void remove({ variables: { id: review.id, reason } }).catch(() => undefined);
      }}
    >
      <label>
        Why <input name="reason" maxLength={500} placeholder="spam, abuse, off-topic…" />
      </label>
      <button type="submit" className="danger" disabled={loading}>
        Remove review
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
      {error && <ErrorMessage error={error} />}
    </form>
  );
}

interface ShownReview {
  id: string;
  title: string;
  body: string;
  containsSpoilers: boolean;
  helpfulCount: number;
  markedHelpfulByMe: boolean;
  authorRating?: number | null;
  createdAt: unknown;
  updatedAt: unknown;
  author: { id: string; username: string };
}

/** "Helpful" for members (not on their own reviews); guests are asked to log in. */
function HelpfulButton({ review }: { review: ShownReview }) {
  const { viewer } = useAuth();
  const toLogin = useLoginRedirect();
  const [mark, { loading }] = useMutation(MARK_HELPFUL);
  const own = viewer?.id === review.author.id;
  const count =
    review.helpfulCount === 1 ? '1 member found this helpful' : `${review.helpfulCount} members found this helpful`;
  if (own) return <span className="meta">{count}</span>;
  const helpful = !review.markedHelpfulByMe;
  return (
    <span className="meta helpful">
      {count}{' '}
      <button
        type="button"
        className="link-button"
        aria-pressed={review.markedHelpfulByMe}
        disabled={loading}
        onClick={() => {
          if (!viewer) return toLogin();
          void mark({
            variables: { reviewId: review.id, helpful },
            optimisticResponse: {
              // The generated type leaves out __typename; the cache needs it to find the review.
              markReviewHelpful: {
                __typename: 'Review',
                id: review.id,
                helpfulCount: review.helpfulCount + (helpful ? 1 : -1),
                markedHelpfulByMe: helpful,
              } as never,
            },
          }).catch(() => undefined);
        }}
      >
        {review.markedHelpfulByMe ? 'Helpful ✓' : 'Helpful?'}
      </button>
    </span>
  );
}

/** A review's text, behind a button when its author flagged spoilers. */
function ReviewBody({ review }: { review: ShownReview }) {
  const [revealed, setRevealed] = useState(false);
  if (!review.containsSpoilers || revealed) return <p>{review.body}</p>;
  return (
    <p className="spoiler">
      This review gives away the plot.{' '}
      <button type="button" className="link-button" onClick={() => setRevealed(true)}>
        Show it anyway
      </button>
    </p>
  );
}

/** Everyone's reviews, newest or most helpful first, ten at a time; "More reviews" appends the next page. */
export function CommunityReviews({ movieId }: { movieId: string }) {
  const [sort, setSort] = useState<ReviewSort>('NEWEST');
  const { data, error, fetchMore, loading } = useQuery(MOVIE_REVIEWS, {
    variables: { id: movieId, first: REVIEWS_PAGE_SIZE, sort },
    notifyOnNetworkStatusChange: true,
  });
  const reviews = data?.movie?.reviews;
  if (error) return <ErrorMessage error={error} />;
  if (!reviews) return <p className="meta">Loading reviews…</p>;
  return (
    <section className="community-reviews" aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">Reviews ({reviews.totalCount})</h2>
      {reviews.totalCount > 1 && (
        <label className="review-sort">
          Order{' '}
          <select value={sort} onChange={(event) => setSort(event.target.value as ReviewSort)}>
            <option value="NEWEST">Newest first</option>
            <option value="HELPFUL">Most helpful first</option>
          </select>
        </label>
      )}
      {reviews.edges.length === 0 && <p className="meta">No reviews yet. Be the first.</p>}
      <ol className="review-list">
        {reviews.edges.map(({ node }) => (
          <li key={node.id}>
            <article>
              <h3>{node.title}</h3>
              <p className="meta">
                by <Link to={`/u/${encodeURIComponent(node.author.username)}`}>{node.author.username}</Link>
                {node.authorRating ? (
                  <>
                    {' '}
                    · <Stars score={node.authorRating} />
                  </>
                ) : null}{' '}
                · <time dateTime={String(node.createdAt)}>{dateFormat.format(new Date(String(node.createdAt)))}</time>
                {node.updatedAt !== node.createdAt && ' · edited'}
              </p>
              <ReviewBody review={node} />
              <HelpfulButton review={node} /> <ModerateButton review={node} />
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
