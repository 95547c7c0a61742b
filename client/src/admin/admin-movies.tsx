import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { graphql } from '../__generated__';
import type { AdminMovieEditQuery } from '../__generated__/graphql';
import { ErrorMessage } from '../components/error-message';
import { formText } from '../components/form-text';
import { AdminLayout } from './admin-layout';
import { PersonPicker, type PickedPerson } from './person-picker';

const PAGE = 25;

const MOVIES = graphql(`
  query AdminMovies($search: String, $offset: Int!, $sort: MovieSort) {
    movies(first: 25, offset: $offset, sort: $sort, filter: { search: $search }) {
      totalCount
      edges {
        node {
          id
          title
          releaseYear
          ratingCount
          posterUrl(width: 185)
          director {
            id
            name
          }
        }
      }
    }
  }
`);

const EDIT = graphql(`
  query AdminMovieEdit($id: ID!) {
    movie(id: $id) {
      id
      title
      releaseYear
      description
      posterUrl(width: 500)
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
    }
    genres {
      id
      name
    }
  }
`);

const ALL_GENRES = graphql(`
  query AdminAllGenres {
    genres {
      id
      name
    }
  }
`);

const CREATE = graphql(`
  mutation AdminCreateMovieForm($input: MovieInput!) {
    createMovie(input: $input) {
      id
    }
  }
`);
const UPDATE = graphql(`
  mutation AdminUpdateMovieForm($id: ID!, $input: MovieInput!) {
    updateMovie(id: $id, input: $input) {
      id
      title
      releaseYear
      description
    }
  }
`);
const DELETE = graphql(`
  mutation AdminDeleteMovieForm($id: ID!) {
    deleteMovie(id: $id)
  }
`);
const UPLOAD_POSTER = graphql(`
  mutation AdminUploadPoster($movieId: ID!, $file: Upload!) {
    uploadPoster(movieId: $movieId, file: $file) {
      id
      posterUrl(width: 500)
    }
  }
`);

/** The catalogue as a table: search, sort, pages; each row opens its form. */
export function AdminMovies() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const sort = (params.get('sort') as 'TITLE_ASC' | 'NEWEST' | 'YEAR_DESC' | null) ?? 'TITLE_ASC';
  const { data, error } = useQuery(MOVIES, {
    variables: { search: search || null, offset: (page - 1) * PAGE, sort: search ? null : sort },
  });
  const pages = data ? Math.max(1, Math.ceil(data.movies.totalCount / PAGE)) : 1;
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes))
      if (value) next.set(key, value);
      else next.delete(key);
    setParams(next);
  };
  return (
    <AdminLayout title="Movies">
      <div className="inline-form">
        <label>
          Search{' '}
          <input
            type="search"
            defaultValue={search}
            onChange={(event) => set({ q: event.target.value || null, page: null })}
          />
        </label>
        <label>
          Sort{' '}
          <select value={sort} onChange={(event) => set({ sort: event.target.value, page: null })}>
            <option value="TITLE_ASC">Title</option>
            <option value="NEWEST">Recently added</option>
            <option value="YEAR_DESC">Year</option>
          </select>
        </label>
        <Link className="button-link" to="/admin/movies/new">
          New movie
        </Link>
      </div>
      {error && <ErrorMessage error={error} />}
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">Poster</th>
            <th scope="col">Title</th>
            <th scope="col">Year</th>
            <th scope="col">Director</th>
            <th scope="col">Ratings</th>
          </tr>
        </thead>
        <tbody>
          {data?.movies.edges.map(({ node }) => (
            <tr key={node.id}>
              <td>{node.posterUrl ? <img src={node.posterUrl} alt="" className="thumb" /> : '—'}</td>
              <td>
                <Link to={`/admin/movies/${node.id}`}>{node.title}</Link>
              </td>
              <td>{node.releaseYear}</td>
              <td>{node.director?.name ?? '—'}</td>
              <td>{node.ratingCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="meta">
        Page {page} of {pages}{' '}
        <button type="button" disabled={page <= 1} onClick={() => set({ page: String(page - 1) })}>
          Previous
        </button>{' '}
        <button type="button" disabled={page >= pages} onClick={() => set({ page: String(page + 1) })}>
          Next
        </button>
      </p>
    </AdminLayout>
  );
}

/** One film's form: loads the film (or a blank one), then the editor. */
export function AdminMovieForm() {
  const { id } = useParams();
  const existing = useQuery(EDIT, { variables: { id: id ?? '0' }, skip: !id });
  const genreList = useQuery(ALL_GENRES, { skip: Boolean(id) });
  const movie = existing.data?.movie ?? null;
  const genres = existing.data?.genres ?? genreList.data?.genres ?? [];
  if (id && existing.loading && !movie) return <AdminLayout title="Edit movie">Loading…</AdminLayout>;
  if (existing.error) return <ErrorMessage error={existing.error} />;
  return <MovieEditor key={movie?.id ?? 'new'} id={id} movie={movie} genres={genres} />;
}

type EditedMovie = AdminMovieEditQuery['movie'];

/** Facts, director, cast in billing order (move up/down), genre chips, poster with preview. */
function MovieEditor({
  id,
  movie,
  genres,
}: {
  id: string | undefined;
  movie: EditedMovie;
  genres: Array<{ id: string; name: string }>;
}) {
  const navigate = useNavigate();
  const [director, setDirector] = useState<PickedPerson | null>(movie?.director ?? null);
  const [cast, setCast] = useState<PickedPerson[]>(movie?.mainActors ?? []);
  const [chosenGenres, setChosenGenres] = useState<string[]>(movie?.genres.map((genre) => genre.id) ?? []);
  const [preview, setPreview] = useState<string | null>(null);
  const [poster, setPoster] = useState<File | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [create, creating] = useMutation(CREATE);
  const [update, updating] = useMutation(UPDATE);
  const [remove, removing] = useMutation(DELETE);
  const [upload, uploading] = useMutation(UPLOAD_POSTER);
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);
  const failed = creating.error ?? updating.error ?? removing.error ?? uploading.error;

  const move = (index: number, by: number) => {
    const next = [...cast];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    setCast(next);
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      title: formText(form, 'title'),
      releaseYear: Number(form.get('releaseYear')),
      description: formText(form, 'description'),
      directorId: director?.id ?? null,
      actorIds: cast.map((person) => person.id),
      genreIds: chosenGenres,
    };
    try {
      let movieId = id;
      if (movieId) await update({ variables: { id: movieId, input } });
      else movieId = (await create({ variables: { input } })).data!.createMovie.id;
      if (poster) await upload({ variables: { movieId, file: poster } });
      await navigate(`/admin/movies/${movieId}?saved=1`);
    } catch {
      // shown through the mutations' error state
    }
  };
  return (
    <AdminLayout title={movie ? `Edit ${movie.title}` : 'New movie'}>
      <form className="stacked-form admin-form" onSubmit={(event) => void onSubmit(event)}>
        <label>
          Title <input name="title" required maxLength={300} defaultValue={movie?.title} />
        </label>
        <label>
          Year{' '}
          <input name="releaseYear" type="number" required min={1870} max={2100} defaultValue={movie?.releaseYear} />
        </label>
        <label>
          Description <textarea name="description" rows={4} defaultValue={movie?.description} />
        </label>
        <fieldset>
          <legend>Director</legend>
          {director ? (
            <p>
              {director.name}{' '}
              <button type="button" onClick={() => setDirector(null)}>
                Remove
              </button>
            </p>
          ) : (
            <PersonPicker label="Find a director" onPick={setDirector} />
          )}
        </fieldset>
        <fieldset>
          <legend>Cast, top billing first (at most 4)</legend>
          <ol className="cast-list">
            {cast.map((person, index) => (
              <li key={person.id}>
                {person.name}{' '}
                <button
                  type="button"
                  aria-label={`Move ${person.name} up`}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Move ${person.name} down`}
                  disabled={index === cast.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={`Remove ${person.name}`}
                  onClick={() => setCast(cast.filter((p) => p.id !== person.id))}
                >
                  ✕
                </button>
              </li>
            ))}
          </ol>
          {cast.length < 4 && (
            <PersonPicker
              label="Add an actor"
              onPick={(person) => !cast.some((p) => p.id === person.id) && setCast([...cast, person])}
            />
          )}
        </fieldset>
        <fieldset>
          <legend>Genres</legend>
          {genres.map((genre) => {
            const on = chosenGenres.includes(genre.id);
            return (
              <button
                key={genre.id}
                type="button"
                className={on ? 'chip chosen' : 'chip'}
                aria-pressed={on}
                onClick={() =>
                  setChosenGenres(on ? chosenGenres.filter((g) => g !== genre.id) : [...chosenGenres, genre.id])
                }
              >
                {genre.name}
              </button>
            );
          })}
        </fieldset>
        <fieldset>
          <legend>Poster</legend>
          {(preview ?? movie?.posterUrl) && (
            <img src={preview ?? movie?.posterUrl ?? ''} alt="Poster preview" className="poster-preview" />
          )}
          <label>
            JPEG, PNG or WebP{' '}
            <input
              type="file"
              name="poster"
              accept="image/jpeg,image/png,image/webp"
              onChange={(event) => {
                const file = event.target.files?.[0] ?? null;
                setPoster(file);
                setPreview(file ? URL.createObjectURL(file) : null);
              }}
            />
          </label>
        </fieldset>
        {failed && <ErrorMessage error={failed} />}
        <div>
          <button type="submit" disabled={creating.loading || updating.loading || uploading.loading}>
            {creating.loading || updating.loading || uploading.loading ? 'Saving…' : 'Save'}
          </button>{' '}
          {id && (
            <button
              type="button"
              className="danger"
              onClick={() => {
                if (!confirmDelete) return setConfirmDelete(true);
                void remove({ variables: { id } })
                  .then(() => navigate('/admin/movies'))
                  .catch(() => undefined);
              }}
            >
              {confirmDelete ? 'Really delete, with its ratings and reviews?' : 'Delete'}
            </button>
          )}
        </div>
      </form>
    </AdminLayout>
  );
}
