import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../__generated__';
import { ErrorMessage } from '../../components/error-message';
import { NotFound } from '../../components/not-found';
import { isCatalogueId } from '../route-id';
import { PageTitle } from '../../components/page-title';
import { CommunityReviews } from './community-reviews';
import { MyReview } from './my-review';
import { RatingPanel } from './rating-panel';
import { WatchlistButton } from '../../components/watchlist-button';

const MOVIE_DETAILS_QUERY = graphql(`
  query MovieDetails($id: ID!) {
    movie(id: $id) {
      id
      title
      description
      releaseYear
      posterUrl(width: 500)
      ...MovieRatingStats
      director {
        id
        name
      }
      mainActors {
        id
        name
      }
      genres {
        id
        name
      }
      inMyWatchlist
      myReview {
        id
        title
        body
        containsSpoilers
      }
      similar(limit: 5) {
        sameDirector
        sharedActors {
          id
          name
        }
        sharedGenres {
          id
          name
        }
        movie {
          id
          title
          releaseYear
          posterUrl(width: 185)
        }
      }
    }
  }
`);

/** Why a film is listed as similar, most telling reason first. */
function similarReason(
  sameDirector: boolean,
  actors: Array<{ name: string }>,
  genres: Array<{ name: string }>,
): string {
  const reasons = [
    sameDirector && 'same director',
    actors.length > 0 && `with ${actors.map((a) => a.name).join(', ')}`,
    genres.length > 0 && genres.map((g) => g.name).join(', '),
  ].filter(Boolean);
  return `Shares ${reasons.join('; ')}`;
}

/** One movie: facts, ratings (yours and everyone's), your review, the community's, and similar films. */
export function MovieDetails() {
  const { id = '' } = useParams();
  const wellFormed = isCatalogueId(id);
  const { data, loading, error } = useQuery(MOVIE_DETAILS_QUERY, { variables: { id }, skip: !wellFormed });
  if (error) return <ErrorMessage error={error} />;
  if (wellFormed && loading && !data?.movie?.title) return <p className="empty">Loading…</p>;
  const movie = wellFormed ? data?.movie : null;
  if (!movie) return <NotFound title="Movie not found" message="This movie is not in the catalogue." />;
  return (
    <article className="details">
      <PageTitle title={`${movie.title} (${movie.releaseYear})`} />
      <div className="details-aside">
        {movie.posterUrl ? (
          <img src={movie.posterUrl} alt={`Poster of ${movie.title}`} className="poster" />
        ) : (
          <div className="no-poster">{movie.title}</div>
        )}
      </div>
      <div className="details-main">
        <h1>
          {movie.title} <span className="meta">({movie.releaseYear})</span>
        </h1>
        <p className="overview">{movie.description}</p>
        <dl className="facts">
          <dt>Director</dt>
          <dd>
            {movie.director ? <Link to={`/people/${movie.director.id}`}>{movie.director.name}</Link> : 'Not credited'}
          </dd>
          <dt>Starring</dt>
          <dd>
            {movie.mainActors.length === 0 && '—'}
            {movie.mainActors.map((actor, index) => (
              <span key={actor.id}>
                {index > 0 && ', '}
                <Link to={`/people/${actor.id}`}>{actor.name}</Link>
              </span>
            ))}
          </dd>
          <dt>Genres</dt>
          <dd>
            {movie.genres.map((g) => (
              <Link key={g.id} className="chip" to={`/?genre=${encodeURIComponent(g.name)}`}>
                {g.name}
              </Link>
            ))}
          </dd>
        </dl>
        <WatchlistButton movie={movie} />
        <RatingPanel movie={movie} />
        <MyReview movieId={movie.id} review={movie.myReview} />
        <CommunityReviews movieId={movie.id} />
        <section aria-labelledby="similar-heading">
          <h2 id="similar-heading">Similar movies</h2>
          {movie.similar.length === 0 && (
            <p className="meta">Nothing shares a genre, the director or an actor with this one yet.</p>
          )}
          <ul className="similar">
            {movie.similar.map(({ movie: other, sameDirector, sharedActors, sharedGenres }) => (
              <li key={other.id}>
                <Link to={`/movies/${other.id}`}>
                  {other.posterUrl ? (
                    <img src={other.posterUrl} alt={`Poster of ${other.title}`} loading="lazy" />
                  ) : (
                    <span className="no-poster">{other.title}</span>
                  )}
                  <span>
                    {other.title} ({other.releaseYear})
                  </span>
                </Link>
                <span className="meta">{similarReason(sameDirector, sharedActors, sharedGenres)}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </article>
  );
}
