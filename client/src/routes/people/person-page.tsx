import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../__generated__';
import { ErrorMessage } from '../../components/error-message';
import { NotFound } from '../../components/not-found';
import { isCatalogueId } from '../route-id';
import { PageTitle } from '../../components/page-title';

const PERSON_PAGE_QUERY = graphql(`
  query PersonPage($id: ID!) {
    person(id: $id) {
      id
      name
      directedCount
      actedInCount
      averageRating
      ratingCount
      directed {
        ...PersonFilmCard
      }
      actedIn {
        ...PersonFilmCard
      }
    }
  }
  fragment PersonFilmCard on Movie {
    id
    title
    releaseYear
    posterUrl
    averageRating
  }
`);

type Film = {
  id: string;
  title: string;
  releaseYear: number;
  posterUrl?: string | null;
  averageRating?: number | null;
};

function Films({ heading, films }: { heading: string; films: Film[] }) {
  if (films.length === 0) return null;
  const id = `${heading.toLowerCase().replace(/\W+/g, '-')}-heading`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul className="grid">
        {films.map((film) => (
          <li key={film.id} className="card">
            <Link to={`/movies/${film.id}`}>
              {film.posterUrl ? (
                <img src={film.posterUrl} alt={`Poster of ${film.title}`} loading="lazy" />
              ) : (
                <div className="no-poster">{film.title}</div>
              )}
              <strong>{film.title}</strong>
              <span className="meta">
                {film.releaseYear}
                {film.averageRating != null ? ` · ★ ${film.averageRating.toFixed(1)}` : ''}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

const films = (count: number) => (count === 1 ? '1 film' : `${count} films`);

/** A director or actor: their films, newest first, and how their films are rated. */
export function PersonPage() {
  const { id = '' } = useParams();
  const wellFormed = isCatalogueId(id);
  const { data, loading, error } = useQuery(PERSON_PAGE_QUERY, { variables: { id }, skip: !wellFormed });
  if (error) return <ErrorMessage error={error} />;
  if (wellFormed && loading && !data) return <p className="empty">Loading…</p>;
  const person = wellFormed ? data?.person : null;
  if (!person) return <NotFound title="Person not found" message="This person is not in the catalogue." />;
  const roles = [
    person.directedCount > 0 && `directed ${films(person.directedCount)}`,
    person.actedInCount > 0 && `starred in ${films(person.actedInCount)}`,
  ].filter(Boolean);
  return (
    <article className="person">
      <PageTitle title={person.name} />
      <h1>{person.name}</h1>
      <p className="meta">
        {roles.join(', ')}
        {person.averageRating != null
          ? ` · their films average ★ ${person.averageRating.toFixed(2)} from ${person.ratingCount} ratings`
          : ' · none of their films is rated yet'}
      </p>
      <Films heading="Directed" films={person.directed} />
      <Films heading="Starring" films={person.actedIn} />
    </article>
  );
}
