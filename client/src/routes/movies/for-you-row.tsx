import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../__generated__';
import { useAuth } from '../../auth/auth';

const FOR_YOU_QUERY = graphql(`
  query ForYou {
    recommendedForMe(first: 8) {
      score
      reason
      movie {
        id
        title
        releaseYear
        posterUrl(width: 185)
      }
    }
  }
`);

/** Members see films picked from their own ratings above the grid, each with why. */
export function ForYouRow() {
  const { viewer } = useAuth();
  const { data } = useQuery(FOR_YOU_QUERY, { skip: !viewer, fetchPolicy: 'cache-and-network' });
  const picks = viewer ? data?.recommendedForMe : undefined;
  if (!picks?.length) return null;
  return (
    <section className="for-you" aria-labelledby="for-you-heading">
      <h2 id="for-you-heading">For you</h2>
      <ul className="for-you-row">
        {picks.map(({ movie, reason }) => (
          <li key={movie.id}>
            <Link to={`/movies/${movie.id}`}>
              {movie.posterUrl ? (
                <img src={movie.posterUrl} alt="" loading="lazy" />
              ) : (
                <span className="no-poster">{movie.title}</span>
              )}
              <strong>{movie.title}</strong>
              <span className="meta">{movie.releaseYear}</span>
            </Link>
            <span className="reason">{reason}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
