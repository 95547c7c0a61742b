import { useMutation } from '@apollo/client/react';
import { graphql } from '../__generated__';
import { useAuth } from '../auth/auth';
import { useLoginRedirect } from '../auth/use-login-redirect';

const ADD = graphql(`
  mutation AddToWatchlist($movieId: ID!) {
    addToWatchlist(movieId: $movieId) {
      id
      inMyWatchlist
    }
  }
`);

const REMOVE = graphql(`
  mutation RemoveFromWatchlist($movieId: ID!) {
    removeFromWatchlist(movieId: $movieId) {
      id
      inMyWatchlist
    }
  }
`);

/** Adds a film to the viewer's watchlist or takes it off; guests are sent to log in first. */
export function WatchlistButton({
  movie,
  compact = false,
}: {
  movie: { id: string; title: string; inMyWatchlist: boolean };
  compact?: boolean;
}) {
  const { viewer } = useAuth();
  const toLogin = useLoginRedirect();
  const listed = viewer ? movie.inMyWatchlist : false;
  const variables = { movieId: movie.id };
  const optimistic = (inMyWatchlist: boolean) => ({ __typename: 'Movie' as const, id: movie.id, inMyWatchlist });
  const [add, adding] = useMutation(ADD, { variables, optimisticResponse: { addToWatchlist: optimistic(true) } });
  const [remove, removing] = useMutation(REMOVE, {
    variables,
    optimisticResponse: { removeFromWatchlist: optimistic(false) },
  });
  const failed = adding.error ?? removing.error;
  const label = listed ? 'On your watchlist' : 'Add to watchlist';
  return (
    <button
      type="button"
      className={`watchlist-button${listed ? ' listed' : ''}${compact ? ' compact' : ''}`}
      aria-pressed={listed}
      aria-label={compact ? `${label}: ${movie.title}` : undefined}
      title={failed ? 'That did not work; try again' : undefined}
      onClick={() => {
        if (!viewer) return toLogin();
        void (listed ? remove() : add()).catch(() => undefined);
      }}
    >
      <span aria-hidden="true">{listed ? '✓' : '+'}</span>
      {!compact && ` ${label}`}
    </button>
  );
}
