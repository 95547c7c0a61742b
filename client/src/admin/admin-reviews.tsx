import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../__generated__';
import { ErrorMessage } from '../components/error-message';
import { Stars } from '../components/stars';
import { AdminLayout } from './admin-layout';

const REVIEWS = graphql(`
  query AdminReviews($after: String) {
    reviews(first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          body
          authorRating
          helpfulCount
          containsSpoilers
          createdAt
          author {
            id
            username
          }
          movie {
            id
            title
          }
        }
      }
    }
  }
`);

const REMOVE = graphql(`
  mutation AdminRemoveReviewRow($id: ID!, $reason: String) {
    deleteReview(id: $id, reason: $reason) {
      id
    }
  }
`);

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Moderation: the newest reviews everywhere; remove one, saying why (the reason goes to the audit log). */
export function AdminReviews() {
  const { data, error, fetchMore } = useQuery(REVIEWS, { fetchPolicy: 'cache-and-network' });
  const [remove, removing] = useMutation(REMOVE, { refetchQueries: ['AdminReviews'] });
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const reviews = data?.reviews;
  return (
    <AdminLayout title="Reviews">
      {(error ?? removing.error) && <ErrorMessage error={(error ?? removing.error)!} />}
      {reviews && <p className="meta">{reviews.totalCount} reviews, newest first</p>}
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">Film</th>
            <th scope="col">Review</th>
            <th scope="col">By</th>
            <th scope="col">Remove</th>
          </tr>
        </thead>
        <tbody>
          {reviews?.edges.map(({ node }) => (
            <tr key={node.id}>
              <td>
                <Link to={`/movies/${node.movie.id}`}>{node.movie.title}</Link>
              </td>
              <td>
                <strong>{node.title}</strong> {node.authorRating ? <Stars score={node.authorRating} /> : null}
                <span className="meta">
                  {' '}
                  · {when.format(new Date(String(node.createdAt)))}
                  {node.containsSpoilers && ' · spoilers'} · {node.helpfulCount} helpful
                </span>
                <br />
                {node.body}
              </td>
              <td>
                <Link to={`/u/${encodeURIComponent(node.author.username)}`}>{node.author.username}</Link>
              </td>
              <td>
                <input
                  aria-label={`Why remove “${node.title}”`}
                  placeholder="reason"
                  value={reasons[node.id] ?? ''}
                  onChange={(event) => setReasons({ ...reasons, [node.id]: event.target.value })}
                />{' '}
                <button
                  type="button"
                  className="danger"
                  onClick={() =>
                    void remove({ variables: { id: node.id, reason: reasons[node.id]?.trim() || null } }).catch(
                      () => undefined,
                    )
                  }
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {reviews?.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({ variables: { after: reviews.pageInfo.endCursor } })}>
          Older reviews
        </button>
      )}
    </AdminLayout>
  );
}
