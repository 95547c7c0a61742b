import { PageTitle } from '../components/page-title';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Navigate } from 'react-router';
import { graphql } from '../__generated__';
import type { UploadContext } from '../apollo/upload-link';
import { useAuth } from '../auth/auth';
import { ErrorMessage } from '../components/error-message';

const IMPORT_MOVIES = graphql(`
  mutation ImportMovies($file: Upload!) {
    importMovies(file: $file) {
      total
      moviesCreated
      moviesUpdated
      moviesUnchanged
      directorsCreated
      actorsCreated
      genresCreated
      missingPosters
      postersNotImages
      errors {
        index
        title
        message
      }
    }
  }
`);

const COUNTS: Array<
  [
    string,
    (
      | 'total'
      | 'moviesCreated'
      | 'moviesUpdated'
      | 'moviesUnchanged'
      | 'directorsCreated'
      | 'actorsCreated'
      | 'genresCreated'
      | 'missingPosters'
    ),
  ]
> = [
  ['Records', 'total'],
  ['Movies created', 'moviesCreated'],
  ['Movies updated', 'moviesUpdated'],
  ['Movies unchanged', 'moviesUnchanged'],
  ['Directors created', 'directorsCreated'],
  ['Actors created', 'actorsCreated'],
  ['Genres created', 'genresCreated'],
  ['Posters missing', 'missingPosters'],
];

/** Admins upload a TMDB-style JSON file; the page shows upload progress, then the per-record report. */
export function ImportPage() {
  const { viewer, checking } = useAuth();
  const [progress, setProgress] = useState<number | null>(null);
  const [importMovies, { data, error, loading, reset }] = useMutation(IMPORT_MOVIES);

  if (checking) return <p className="empty">Loading…</p>;
  if (!viewer) return <Navigate to="/login?next=%2Fadmin%2Fimport" replace />;
  if (!viewer.isAdmin)
    return (
      <section className="empty">
        <PageTitle title="Import movies" />
        <h1>Import movies</h1>
        <p role="alert">Only administrators can import movies.</p>
      </section>
    );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) return;
    reset();
    setProgress(0);
    const context: UploadContext = { onUploadProgress: setProgress };
    await importMovies({ variables: { file }, context, refetchQueries: 'active' }).catch(() => undefined);
    setProgress(null);
  };

  const report = data?.importMovies;
  return (
    <section className="import-page">
      <PageTitle title="Import movies" />
      <h1>Import movies</h1>
      <p className="meta">
        A JSON array of TMDB-style records (title, release year, overview, director, cast, genres, poster path), or a
        .zip holding that file and a posters/ folder, so the posters come along. Movies are matched by title and year:
        new ones are created, known ones updated.
      </p>
      <form onSubmit={onSubmit} className="stacked-form">
        <label>
          JSON or zip file
          <input name="file" type="file" accept="application/json,.json,application/zip,.zip" required />
        </label>
        <button type="submit" disabled={loading}>
          {loading ? 'Importing…' : 'Upload and import'}
        </button>
        {progress !== null && (
          <label className="upload-progress">
            {progress < 1 ? `Uploading ${Math.round(progress * 100)}%` : 'Uploaded; importing…'}
            <progress max={1} value={progress} />
          </label>
        )}
      </form>
      {error && <ErrorMessage error={error} />}
      {report && (
        <div className="import-report" aria-label="Import report">
          <h2>Report</h2>
          <table className="counts">
            <tbody>
              {COUNTS.map(([label, key]) => (
                <tr key={key}>
                  <th scope="row">{label}</th>
                  <td>{report[key]}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">Posters that are not images</th>
                <td>{report.postersNotImages.length}</td>
              </tr>
              <tr>
                <th scope="row">Records rejected</th>
                <td>{report.errors.length}</td>
              </tr>
            </tbody>
          </table>
          {report.errors.length > 0 && (
            <table className="import-errors">
              <caption>Rejected records</caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Title</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((e) => (
                  <tr key={e.index}>
                    <td>{e.index}</td>
                    <td>{e.title ?? '—'}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
