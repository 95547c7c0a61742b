import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../__generated__';
import { ErrorMessage } from '../components/error-message';
import { formText } from '../components/form-text';
import { AdminLayout } from './admin-layout';

const GENRES = graphql(`
  query AdminGenres {
    genres {
      id
      name
      movieCount
    }
  }
`);
const RENAME = graphql(`
  mutation AdminRenameGenreForm($id: ID!, $name: String!) {
    updateGenre(id: $id, name: $name) {
      id
      name
    }
  }
`);
const CREATE = graphql(`
  mutation AdminCreateGenreForm($name: String!) {
    createGenre(name: $name) {
      id
    }
  }
`);
const DELETE = graphql(`
  mutation AdminDeleteGenreForm($id: ID!) {
    deleteGenre(id: $id)
  }
`);
const MERGE = graphql(`
  mutation AdminMergeGenresForm($keepId: ID!, $mergeIds: [ID!]!) {
    mergeGenres(keepId: $keepId, mergeIds: $mergeIds) {
      id
    }
  }
`);

/** Genres: rename, add, delete (unused only), and fold several into one. */
export function AdminGenres() {
  const { data, error } = useQuery(GENRES);
  const options = { refetchQueries: ['AdminGenres'] };
  const [rename, renaming] = useMutation(RENAME, options);
  const [create, creating] = useMutation(CREATE, options);
  const [remove, removing] = useMutation(DELETE, options);
  const [merge, merging] = useMutation(MERGE, options);
  const [chosen, setChosen] = useState<string[]>([]);
  const failed = error ?? renaming.error ?? creating.error ?? removing.error ?? merging.error;
  return (
    <AdminLayout title="Genres">
      {failed && <ErrorMessage error={failed} />}
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const name = formText(new FormData(event.currentTarget), 'name').trim();
          if (name) void create({ variables: { name } }).catch(() => undefined);
          event.currentTarget.reset();
        }}
      >
        <label>
          New genre <input name="name" required />
        </label>
        <button type="submit">Add</button>
      </form>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">Merge</th>
            <th scope="col">Name</th>
            <th scope="col">Films</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {data?.genres.map((genre) => (
            <tr key={genre.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Choose ${genre.name}`}
                  checked={chosen.includes(genre.id)}
                  onChange={(event) =>
                    setChosen(event.target.checked ? [...chosen, genre.id] : chosen.filter((id) => id !== genre.id))
                  }
                />
              </td>
              <td>
                <input
                  aria-label={`Name of ${genre.name}`}
                  defaultValue={genre.name}
                  onBlur={(event) => {
                    const name = event.target.value.trim();
                    if (name && name !== genre.name)
                      void rename({ variables: { id: genre.id, name } }).catch(() => undefined);
                  }}
                />
              </td>
              <td>{genre.movieCount}</td>
              <td>
                <button
                  type="button"
                  className="danger"
                  onClick={() => void remove({ variables: { id: genre.id } }).catch(() => undefined)}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {chosen.length > 1 && (
        <p>
          Merge {chosen.length} genres into{' '}
          {chosen.map((keepId) => (
            <button
              key={keepId}
              type="button"
              onClick={() =>
                void merge({ variables: { keepId, mergeIds: chosen.filter((id) => id !== keepId) } })
                  .then(() => setChosen([]))
                  .catch(() => undefined)
              }
            >
              {data?.genres.find((genre) => genre.id === keepId)?.name}
            </button>
          ))}
        </p>
      )}
    </AdminLayout>
  );
}
