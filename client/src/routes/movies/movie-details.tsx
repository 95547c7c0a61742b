import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../__generated__';
import { ErrorMessage } from '../../components/error-message';

const MOVIE_DETAILS_QUERY = graphql(`
  query MovieDetails($id: ID!) {
    movie(id: $id) {
      id title description releaseYear posterUrl averageRating ratingCount
      director { id name }
      mainActors { id name }
      genres { id name }
      ratingDistribution { score count percent }
      reviews(first: 10) { totalCount edges { node { id title body createdAt author { id username } } } }
      similar(limit: 5) { sharedGenres { id name } movie { id title releaseYear posterUrl } }
    }
  }
`);

export function MovieDetails() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(MOVIE_DETAILS_QUERY, { variables: { id } });
  if (error) return <ErrorMessage error={error} />;
  if (loading && !data) return <p className="empty">Loading…</p>;
  const movie = data?.movie;
  if (!movie) return <p className="empty">This movie is not in the catalogue. <Link to="/">Back to the movies</Link></p>;
  return (
    <article className="details">
      {movie.posterUrl && <img src={movie.posterUrl} alt={`Poster of ${movie.title}`} className="poster" />}
      <div>
        <h1>{movie.title} <span className="meta">({movie.releaseYear})</span></h1>
        <p>{movie.description}</p>
        <dl>
          <dt>Director</dt><dd>{movie.director?.name ?? 'Not credited'}</dd>
          <dt>Starring</dt><dd>{movie.mainActors.map((a) => a.name).join(', ') || '—'}</dd>
          <dt>Genres</dt><dd>{movie.genres.map((g) => g.name).join(', ') || '—'}</dd>
          <dt>Rating</dt>
          <dd>{movie.averageRating !== null && movie.averageRating !== undefined ? `★ ${movie.averageRating.toFixed(2)} from ${movie.ratingCount}` : 'No ratings yet'}</dd>
        </dl>
        <ul className="distribution" aria-label="Rating distribution">
          {[...movie.ratingDistribution].reverse().map((bucket) => (
            <li key={bucket.score}>
              <span>{bucket.score}★</span>
              <span className="bar"><span style={{ width: `${bucket.percent}%` }} /></span>
              <span>{bucket.count}</span>
            </li>
          ))}
        </ul>
        <h2>Reviews ({movie.reviews.totalCount})</h2>
        {movie.reviews.edges.length === 0 && <p className="meta">No reviews yet.</p>}
        {movie.reviews.edges.map(({ node }) => (
          <blockquote key={node.id}>
            <strong>{node.title}</strong> — {node.author.username}
            <p>{node.body}</p>
          </blockquote>
        ))}
        <h2>Similar movies</h2>
        <ul className="similar">
          {movie.similar.map(({ movie: other, sharedGenres }) => (
            <li key={other.id}>
              <Link to={`/movies/${other.id}`}>{other.title} ({other.releaseYear})</Link>
              <span className="meta"> shares {sharedGenres.map((g) => g.name).join(', ')}</span>
            </li>
          ))}
        </ul>
      </div>
    </article>
  );
}
