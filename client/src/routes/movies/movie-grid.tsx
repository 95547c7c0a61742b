import { useQuery } from '@apollo/client/react';
import { useEffect, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../__generated__';
import type { MovieSort } from '../../__generated__/graphql';
import { ErrorMessage } from '../../components/error-message';
import { pageWindow } from './page-window';
import { formText } from '../../components/form-text';
import { SearchBox } from '../../components/search-box';
import { PageTitle } from '../../components/page-title';
import { WatchlistButton } from '../../components/watchlist-button';
import { ForYouRow } from './for-you-row';

const PAGE_SIZE = 25;
const SORTS: Array<[MovieSort, string]> = [
  ['RELEVANCE', 'Best match'],
  ['NEWEST', 'Recently added'],
  ['TOP_RATED', 'Top rated'],
  ['TITLE_ASC', 'Title A-Z'],
  ['TITLE_DESC', 'Title Z-A'],
  ['YEAR_DESC', 'Year, newest'],
  ['YEAR_ASC', 'Year, oldest'],
];

const MOVIE_GRID_QUERY = graphql(`
  query MovieGrid(
    $first: Int!
    $offset: Int!
    $sort: MovieSort
    $filter: MovieFilter
    $personId: ID!
    $withPerson: Boolean!
  ) {
    person(id: $personId) @include(if: $withPerson) {
      id
      name
    }
    movies(first: $first, offset: $offset, sort: $sort, filter: $filter) {
      totalCount
      edges {
        node {
          id
          title
          releaseYear
          posterUrl(width: 185)
          averageRating
          ratingCount
          inMyWatchlist
          genres {
            id
            name
          }
        }
      }
    }
  }
`);

/** Its own query: a refused grid (a bad year range, say) keeps the genre list. */
const GENRES_QUERY = graphql(`
  query GridGenres {
    genres {
      id
      name
      movieCount
    }
  }
`);

const SKELETON_CARDS = 12;

/** A year box of the filter form; re-mounted when the URL changes it, so it shows the URL's value. */
function YearInput({ name, label, value }: { name: string; label: string; value: number | null }) {
  return (
    <input
      name={name}
      type="number"
      inputMode="numeric"
      min={1870}
      max={2100}
      placeholder={label}
      aria-label={label}
      defaultValue={value ?? ''}
      key={`${name}-${value}`}
    />
  );
}

function yearParam(value: string | null): number | null {
  const year = Number(value);
  return value && Number.isInteger(year) ? year : null;
}

/** The catalogue grid; every control lives in the URL, so a view can be shared and the back button works. */
export function MovieGrid() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const search = params.get('q') ?? '';
  // Searching ranks by relevance unless another order is asked for; relevance means nothing without words.
  const sorts = SORTS.filter(([value]) => search || value !== 'RELEVANCE');
  const sort = sorts.find(([value]) => value === params.get('sort'))?.[0] ?? (search ? 'RELEVANCE' : 'NEWEST');
  const genre = params.get('genre') ?? '';
  const yearFrom = yearParam(params.get('from'));
  const yearTo = yearParam(params.get('to'));
  const directorId = params.get('director');
  const actorId = params.get('actor');
  const genres = useQuery(GENRES_QUERY).data?.genres;
  const badYears = yearFrom !== null && yearTo !== null && yearFrom > yearTo;
  // The previous page stays on screen while the next one loads.
  const {
    data: current,
    previousData,
    loading,
    error,
  } = useQuery(MOVIE_GRID_QUERY, {
    skip: badYears,
    variables: {
      first: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
      sort,
      filter: { search: search || null, genres: genre ? [genre] : null, yearFrom, yearTo, directorId, actorId },
      personId: directorId ?? actorId ?? '0',
      withPerson: Boolean(directorId ?? actorId),
    },
  });
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes))
      if (value) next.set(key, value);
      else next.delete(key);
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => formText(form, name).trim() || null;
    update({ q: text('q'), from: text('from'), to: text('to'), sort: null });
  };
  const data = current ?? previousData;
  const person = data?.person;
  const pages = data ? Math.max(1, Math.ceil(data.movies.totalCount / PAGE_SIZE)) : 1;
  // A page past the end (an old link, a narrower filter) shows the last page instead.
  const beyondLastPage = Boolean(current) && page > pages;
  useEffect(() => {
    if (beyondLastPage) {
      const next = new URLSearchParams(params);
      if (pages > 1) next.set('page', String(pages));
      else next.delete('page');
      setParams(next, { replace: true });
    }
  }, [beyondLastPage, pages, params, setParams]);
  const filtered = Boolean(search || genre || yearFrom || yearTo || directorId || actorId);
  const title = search
    ? `“${search}”`
    : person
      ? `Films ${directorId ? 'directed by' : 'with'} ${person.name}`
      : 'Movies';

  return (
    <section aria-busy={loading}>
      <PageTitle title={page > 1 ? `${title}, page ${page}` : title} />
      <h1 className="visually-hidden">{search ? `Movies matching “${search}”` : 'Movies'}</h1>
      <form className="controls" onSubmit={onSearch} role="search">
        <SearchBox initial={search} onSearch={(text) => update({ q: text || null, sort: null })} />
        <select aria-label="Genre" value={genre} onChange={(e) => update({ genre: e.target.value || null })}>
          <option value="">All genres</option>
          {genres?.map((g) => (
            <option key={g.id} value={g.name}>
              {g.name} ({g.movieCount})
            </option>
          ))}
        </select>
        <select aria-label="Sort" value={sort} onChange={(e) => update({ sort: e.target.value })}>
          {sorts.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <span className="year-range">
          <YearInput name="from" label="From year" value={yearFrom} />
          <YearInput name="to" label="To year" value={yearTo} />
        </span>
        <button type="submit">Search</button>
      </form>
      {(directorId || actorId) && (
        <p className="active-filter">
          {directorId ? 'Films directed by ' : 'Films with '}
          {person ? <Link to={`/people/${person.id}`}>{person.name}</Link> : 'one person'}{' '}
          <button type="button" className="link-button" onClick={() => update({ director: null, actor: null })}>
            Show all
          </button>
        </p>
      )}
      {!filtered && page === 1 && <ForYouRow />}
      {badYears && (
        <p role="alert" className="error">
          The “from” year ({yearFrom}) is after the “to” year ({yearTo}). Swap them or change one.
        </p>
      )}
      {error && <ErrorMessage error={error} />}
      {loading && !data && (
        <ul className="grid" aria-label="Loading movies">
          {Array.from({ length: SKELETON_CARDS }, (_, i) => (
            <li key={i} className="card skeleton" aria-hidden="true">
              <div className="no-poster" />
              <strong>&nbsp;</strong>
              <span className="meta">&nbsp;</span>
            </li>
          ))}
        </ul>
      )}
      {data && search && data.movies.totalCount > 0 && (
        <p className="result-count" aria-live="polite">
          {data.movies.totalCount === 1 ? '1 film matches' : `${data.movies.totalCount} films match`} “{search}”
          {sort === 'RELEVANCE' ? ', best match first' : ''}
        </p>
      )}
      {current && !beyondLastPage && current.movies.edges.length === 0 && (
        <p className="empty">
          {search
            ? `No movie matches “${search}”. Try fewer words, or check the other filters.`
            : filtered
              ? 'No movie matches these filters. Try another genre or a wider year range.'
              : 'The catalogue is empty for now.'}
        </p>
      )}
      <ul className={loading ? 'grid stale' : 'grid'}>
        {data?.movies.edges.map(({ node }) => (
          <li key={node.id} className="card">
            <Link to={`/movies/${node.id}`}>
              {node.posterUrl ? (
                <img src={node.posterUrl} alt={`Poster of ${node.title}`} loading="lazy" />
              ) : (
                <div className="no-poster">{node.title}</div>
              )}
              <strong>{node.title}</strong>
              <span className="meta">
                {node.releaseYear} ·{' '}
                {node.averageRating !== null && node.averageRating !== undefined
                  ? `★ ${node.averageRating.toFixed(1)} (${node.ratingCount})`
                  : 'unrated'}
              </span>
            </Link>
            <WatchlistButton movie={node} compact />
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <nav className="pages" aria-label="Pages">
          <button
            type="button"
            disabled={page <= 1}
            onClick={() => update({ page: String(page - 1) })}
            aria-label="Previous page"
          >
            ‹
          </button>
          {pageWindow(page, pages).map((n, index) =>
            n === null ? (
              <span key={`gap-${index}`} className="gap">
                …
              </span>
            ) : (
              <button
                key={n}
                type="button"
                aria-current={n === page ? 'page' : undefined}
                onClick={() => update({ page: String(n) })}
              >
                {n}
              </button>
            ),
          )}
          <button
            type="button"
            disabled={page >= pages}
            onClick={() => update({ page: String(page + 1) })}
            aria-label="Next page"
          >
            ›
          </button>
        </nav>
      )}
    </section>
  );
}
