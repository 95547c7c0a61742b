import { useMutation } from '@apollo/client/react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { graphql } from '../../__generated__';
import type { MovieRatingStatsFragment } from '../../__generated__/graphql';
import { useAuth } from '../../auth/auth';
import { useLoginRedirect } from '../../auth/use-login-redirect';
import { ErrorMessage } from '../../components/error-message';
import { projectRating } from './rating-projection';

export const MOVIE_RATING_STATS = graphql(`
  fragment MovieRatingStats on Movie {
    id
    averageRating
    ratingCount
    myRating
    ratingDistribution {
      score
      count
      percent
    }
  }
`);

const RATE_MOVIE = graphql(`
  mutation RateMovie($input: RateMovieInput!) {
    rateMovie(input: $input) {
      ...MovieRatingStats
    }
  }
`);

const REMOVE_RATING = graphql(`
  mutation RemoveRating($movieId: ID!) {
    removeRating(movieId: $movieId) {
      ...MovieRatingStats
    }
  }
`);

const SCORES = [1, 2, 3, 4, 5];

/**
 * Average, distribution bars and the viewer's own stars. Stars are a radio group: Tab reaches it,
 * arrows move and rate, Enter/Space or a click rates. Updates are optimistic; a failure rolls them back.
 */
export function RatingPanel({ movie }: { movie: MovieRatingStatsFragment }) {
  const { viewer } = useAuth();
  const toLogin = useLoginRedirect();
  const [rate, rateState] = useMutation(RATE_MOVIE);
  const [remove, removeState] = useMutation(REMOVE_RATING);
  const [hover, setHover] = useState<number | null>(null);
  const starRefs = useRef<Array<HTMLButtonElement | null>>([]);
  const mine = movie.myRating ?? null;
  const error = rateState.error ?? removeState.error;

  const choose = (score: number) => {
    if (!viewer) return toLogin();
    if (score === mine) return;
    void rate({
      variables: { input: { movieId: movie.id, score } },
      optimisticResponse: { rateMovie: projectRating(movie, score) as never },
    }).catch(() => undefined);
  };
  const clear = () => {
    void remove({
      variables: { movieId: movie.id },
      optimisticResponse: { removeRating: projectRating(movie, null) as never },
    }).catch(() => undefined);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = starRefs.current.findIndex((el) => el === document.activeElement);
    const step =
      event.key === 'ArrowRight' || event.key === 'ArrowUp'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowDown'
          ? -1
          : 0;
    if (!step || current < 0) return;
    event.preventDefault();
    // The radio-group pattern: arrows move and select (wrapping around), as native radios do.
    const next = (current + step + SCORES.length) % SCORES.length;
    starRefs.current[next]?.focus();
    choose(SCORES[next]);
  };
  const shown = hover ?? mine ?? 0;

  return (
    <section className="rating-panel" aria-labelledby="rating-heading">
      <h2 id="rating-heading">Rating</h2>
      <p className="average">
        {movie.averageRating != null ? (
          <>
            <strong>★ {movie.averageRating.toFixed(2)}</strong> from {movie.ratingCount}{' '}
            {movie.ratingCount === 1 ? 'rating' : 'ratings'}
          </>
        ) : (
          'No ratings yet'
        )}
      </p>
      <ul className="distribution" aria-label="Rating distribution">
        {[...movie.ratingDistribution].reverse().map((bucket) => (
          <li key={bucket.score} data-score={bucket.score}>
            <span>{bucket.score}★</span>
            <span className="bar" role="img" aria-label={`${bucket.percent}% gave ${bucket.score} stars`}>
              <span style={{ width: `${bucket.percent}%` }} />
            </span>
            <span className="count">{bucket.count}</span>
          </li>
        ))}
      </ul>
      <div
        className="stars"
        role="radiogroup"
        aria-label="Your rating"
        onKeyDown={onKeyDown}
        onMouseLeave={() => setHover(null)}
      >
        {SCORES.map((score, index) => (
          <button
            key={score}
            ref={(el) => {
              starRefs.current[index] = el;
            }}
            type="button"
            role="radio"
            aria-checked={mine === score}
            aria-label={`${score} star${score === 1 ? '' : 's'}`}
            tabIndex={(mine ?? 1) === score ? 0 : -1}
            className={score <= shown ? 'star on' : 'star'}
            onMouseEnter={() => setHover(score)}
            onClick={() => choose(score)}
          >
            ★
          </button>
        ))}
        <span className="meta">{mine ? `You rated it ${mine}` : viewer ? 'Rate it' : 'Log in to rate'}</span>
        {mine !== null && (
          <button type="button" className="link-button" onClick={clear}>
            Remove my rating
          </button>
        )}
      </div>
      {error && <ErrorMessage error={error} />}
    </section>
  );
}
