import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../__generated__';
import { useAuth } from '../../auth/auth';
import { ErrorMessage } from '../../components/error-message';
import { NotFound } from '../../components/not-found';
import { PageTitle } from '../../components/page-title';
import { Stars } from '../../components/stars';

const PROFILE_PAGE_SIZE = 20;

const PROFILE_QUERY = graphql(`
  query ProfilePage($username: String!, $first: Int!, $after: String) {
    user(username: $username) {
      id
      username
      createdAt
      watchlistPublic
      stats {
        ratingCount
        averageScore
        scoreDistribution
        favouriteGenres {
          genre {
            id
            name
          }
          ratingCount
          averageScore
        }
        favouriteDirectors {
          director {
            id
            name
          }
          ratingCount
          averageScore
        }
      }
      ratings(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            score
            movie {
              id
              title
              releaseYear
            }
          }
        }
      }
      reviews(first: 20) {
        totalCount
        edges {
          node {
            id
            title
            containsSpoilers
            helpfulCount
            authorRating
            movie {
              id
              title
            }
          }
        }
      }
      watchlist(first: 50) {
        totalCount
        edges {
          node {
            addedAt
            movie {
              id
              title
              releaseYear
            }
          }
        }
      }
    }
  }
`);

const SET_WATCHLIST_PUBLIC = graphql(`
  mutation SetWatchlistPublic($isPublic: Boolean!) {
    setWatchlistPublic(isPublic: $isPublic) {
      id
      watchlistPublic
    }
  }
`);

const since = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });

/** How a member's scores spread over 1 to 5 stars, as bars. */
function Distribution({ counts }: { counts: number[] }) {
  const most = Math.max(1, ...counts);
  return (
    <table className="score-spread">
      <caption className="visually-hidden">Ratings by stars</caption>
      <tbody>
        {[...counts.keys()].reverse().map((i) => (
          <tr key={i}>
            <th scope="row">{i + 1}★</th>
            <td>
              <span className="bar" style={{ width: `${(100 * counts[i]) / most}%` }} />
            </td>
            <td>{counts[i]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** /u/:username — a member's ratings, reviews, tastes and (when they allow it) watchlist. */
export function ProfilePage() {
  const { username = '' } = useParams();
  const { viewer } = useAuth();
  const { data, loading, error, fetchMore } = useQuery(PROFILE_QUERY, {
    variables: { username, first: PROFILE_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [setPublic, publicState] = useMutation(SET_WATCHLIST_PUBLIC);
  if (error) return <ErrorMessage error={error} />;
  if (loading && !data) return <p className="empty">Loading…</p>;
  const user = data?.user;
  if (!user) return <NotFound title="Member not found" message={`Nobody here is called “${username}”.`} />;
  const own = viewer?.id === user.id;
  const { stats } = user;
  return (
    <article className="profile">
      <PageTitle title={`${user.username}'s profile`} />
      <h1>{user.username}</h1>
      <p className="meta">
        Member since {since.format(new Date(String(user.createdAt)))} · {stats.ratingCount}{' '}
        {stats.ratingCount === 1 ? 'rating' : 'ratings'}
        {stats.averageScore !== null &&
          stats.averageScore !== undefined &&
          `, ★ ${stats.averageScore.toFixed(2)} on average`}{' '}
        · {user.reviews.totalCount} {user.reviews.totalCount === 1 ? 'review' : 'reviews'}
      </p>
      <div className="profile-columns">
        <section aria-labelledby="taste-heading">
          <h2 id="taste-heading">Taste</h2>
          {stats.ratingCount === 0 ? (
            <p className="meta">No ratings yet.</p>
          ) : (
            <>
              <Distribution counts={stats.scoreDistribution} />
              {stats.favouriteGenres.length > 0 && (
                <>
                  <h3>Favourite genres</h3>
                  <p>
                    {stats.favouriteGenres.map(({ genre, averageScore, ratingCount }) => (
                      <Link key={genre.id} className="chip" to={`/?genre=${encodeURIComponent(genre.name)}`}>
                        {genre.name} · ★ {averageScore.toFixed(1)} ({ratingCount})
                      </Link>
                    ))}
                  </p>
                </>
              )}
              {stats.favouriteDirectors.length > 0 && (
                <>
                  <h3>Favourite directors</h3>
                  <ul className="plain">
                    {stats.favouriteDirectors.map(({ director, averageScore, ratingCount }) => (
                      <li key={director.id}>
                        <Link to={`/people/${director.id}`}>{director.name}</Link>{' '}
                        <span className="meta">
                          ★ {averageScore.toFixed(1)} over {ratingCount} {ratingCount === 1 ? 'film' : 'films'}
                        </span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </section>
        <section aria-labelledby="watchlist-heading">
          <h2 id="watchlist-heading">Watchlist</h2>
          {own && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={Boolean(user.watchlistPublic)}
                disabled={publicState.loading}
                onChange={(event) =>
                  void setPublic({ variables: { isPublic: event.target.checked } }).catch(() => undefined)
                }
              />
              Others can see my watchlist
            </label>
          )}
          {user.watchlist === null || user.watchlist === undefined ? (
            <p className="meta">{user.username} keeps their watchlist private.</p>
          ) : user.watchlist.totalCount === 0 ? (
            <p className="meta">Nothing on it yet.</p>
          ) : (
            <ul className="plain">
              {user.watchlist.edges.map(({ node }) => (
                <li key={node.movie.id}>
                  <Link to={`/movies/${node.movie.id}`}>{node.movie.title}</Link>{' '}
                  <span className="meta">({node.movie.releaseYear})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="reviews-heading">
        <h2 id="reviews-heading">Reviews ({user.reviews.totalCount})</h2>
        {user.reviews.totalCount === 0 && <p className="meta">No reviews yet.</p>}
        <ul className="plain">
          {user.reviews.edges.map(({ node }) => (
            <li key={node.id}>
              <Link to={`/movies/${node.movie.id}`}>{node.movie.title}</Link>: <strong>{node.title}</strong>{' '}
              {node.authorRating ? <Stars score={node.authorRating} /> : null}
              <span className="meta">
                {node.containsSpoilers && ' · spoilers'}
                {node.helpfulCount > 0 && ` · ${node.helpfulCount} found it helpful`}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="ratings-heading">
        <h2 id="ratings-heading">Ratings ({user.ratings.totalCount})</h2>
        <ol className="plain rated">
          {user.ratings.edges.map(({ node }) => (
            <li key={node.id}>
              <Stars score={node.score} /> <Link to={`/movies/${node.movie.id}`}>{node.movie.title}</Link>{' '}
              <span className="meta">({node.movie.releaseYear})</span>
            </li>
          ))}
        </ol>
        {user.ratings.pageInfo.hasNextPage && (
          <button
            type="button"
            disabled={loading}
            onClick={() => void fetchMore({ variables: { after: user.ratings.pageInfo.endCursor } })}
          >
            {loading ? 'Loading…' : 'More ratings'}
          </button>
        )}
      </section>
    </article>
  );
}
