import type { Knex } from '@mikro-orm/knex';
import type { Em } from '../../db/orm';
import { readPrepared, readPreparedShape } from '../../db/prepared';
import { connectionFor, type ReadSource } from '../../db/read-source';
import { badInput } from '../common/errors';
import {
  afterBindings,
  decodeCursor,
  encodeCursor,
  pageOffset,
  pageSize,
  parseId,
  toConnection,
  whereAfter,
  type Page,
  type SortKey,
} from '../common/pagination';
import type { Movie } from './movie.entity';
import { movieFromRow } from './catalogue.rows';
import { MovieSort, type MovieFilter } from './movie.input';
import { isPostgres } from '../../db/dialect';
import { parseSearch, ftsQuery, titleTier, tsQuery, type ParsedSearch } from './search-query';
import { nameKey } from './names';
import { movieColumns } from './movie-columns';
import type { CatalogueLoaders } from './catalogue.loaders';
import {
  anyRelation,
  joinCards,
  keepRelations,
  relationColumns,
  relationsKey,
  type MovieRelations,
} from './movie-relations';

const SORTS: Record<MovieSort, SortKey[]> = {
  [MovieSort.TITLE_ASC]: [
    { column: 'm.sort_title', direction: 'asc' },
    { column: 'm.id', direction: 'asc' },
  ],
  [MovieSort.TITLE_DESC]: [
    { column: 'm.sort_title', direction: 'desc' },
    { column: 'm.id', direction: 'desc' },
  ],
  [MovieSort.YEAR_ASC]: [
    { column: 'm.release_year', direction: 'asc' },
    { column: 'm.id', direction: 'asc' },
  ],
  [MovieSort.YEAR_DESC]: [
    { column: 'm.release_year', direction: 'desc' },
    { column: 'm.id', direction: 'desc' },
  ],
  [MovieSort.NEWEST]: [{ column: 'm.id', direction: 'desc' }],
  [MovieSort.TOP_RATED]: [
    { column: 'm.rating_average', direction: 'desc' },
    { column: 'm.rating_count', direction: 'desc' },
    { column: 'm.id', direction: 'asc' },
  ],
  [MovieSort.RELEVANCE]: [
    { column: 'm.relevance', direction: 'desc' },
    { column: 'm.rating_count', direction: 'desc' },
    { column: 'm.id', direction: 'asc' },
  ],
};

/** Text rank weights, title first: PostgreSQL's ts_rank takes them as {D, C, B, A}, FTS5's bm25 per column. */
const PG_WEIGHTS = `'{0.1, 0.2, 0.4, 1.0}'`;
const FTS_WEIGHTS = '10.0, 4.0, 2.0, 1.0';

/**
 * The movies matching `search`, each with its `relevance`: the title tier (see titleTier) plus the
 * text rank squeezed into [0, 1), so a better tier always wins. Double precision, so that a cursor
 * holding it compares equal to it again.
 */
function matchingMovies(em: Em, knex: Knex, search: ParsedSearch): Knex.QueryBuilder {
  const matched = isPostgres(em) ? matchedOnPostgres(em, knex, search) : matchedOnSqlite(knex, search);
  return knex.from(matched.as('r')).select(
    'r.*',
    // 1 - 1 / (1 + rank) rather than rank / (1 + rank): the same squeeze, with the rank computed once per match.
    knex.raw('cast(r.title_tier + 1 - 1.0 / (1 + r.text_rank) as double precision) as relevance'),
  );
}

/** The film's columns movie_search copies (migration 017): what a search filters and sorts on. */
const COPIED_FOR_SEARCH = ['sort_title', 'release_year', 'director_id', 'rating_count', 'rating_average'];

/**
 * The matches from movie_search, with the film's other columns through a left join that
 * PostgreSQL drops when nothing reads them: a page filters, sorts and ranks the narrow rows alone
 * (see winnersOf), and a count reads no film.
 */
function matchedOnPostgres(em: Em, knex: Knex, search: ParsedSearch): Knex.QueryBuilder {
  // A subquery (an init plan: run once per execution, in the rank and once in the condition):
  // search statements are prepared, and a prepared statement's generic plan otherwise builds the
  // query again for every matching film, in the rank and in the index's recheck (a one-word
  // search over 1,250 films: 15-17 ms instead of 3.5). A one-row join would be flattened back.
  const query = `(select to_tsquery('simple', mymdb_unaccent(?)))`;
  const words = tsQuery(search);
  const tier = titleTier('d.search_title', { postgres: true });
  const copied = new Set(['m.id', ...COPIED_FOR_SEARCH.map((column) => `m.${column}`)]);
  return knex('movie_search as d')
    .leftJoin('movie as m', 'm.id', 'd.movie_id')
    .select('d.movie_id as id', ...COPIED_FOR_SEARCH.map((column) => `d.${column}`))
    .select(movieColumns(em, 'm').filter((column) => !copied.has(column)))
    .select(knex.raw(`${tier.sql} as title_tier`, tier.bindings(search.phrase)))
    .select(knex.raw(`ts_rank(${PG_WEIGHTS}, d.search_vector, ${query})::float8 as text_rank`, [words]))
    .whereRaw(`d.search_vector @@ ${query}`, [words]);
}

function matchedOnSqlite(knex: Knex, search: ParsedSearch): Knex.QueryBuilder {
  const tier = titleTier('m.search_title', { postgres: false });
  return knex('movie as m')
    .select('m.*', knex.raw(`${tier.sql} as title_tier`, tier.bindings(search.phrase)))
    .join(
      knex.raw(
        `(select rowid as fts_id, -bm25(movie_fts, ${FTS_WEIGHTS}) as text_rank from movie_fts where movie_fts match ?) as f`,
        [ftsQuery(search)],
      ),
      'f.fts_id',
      'm.id',
    )
    .select('f.text_rank');
}

export interface MovieListArgs {
  first?: number | null;
  after?: string | null;
  offset?: number | null;
  sort?: MovieSort | null;
  filter?: MovieFilter | null;
}

/**
 * How a filter narrows the catalogue: not at all, to one genre's films (both counts are kept by
 * triggers, see countOf), or otherwise.
 */
type Narrowing = { to: 'everything' } | { to: 'genre'; key: string } | { to: 'filtered' };

/** The movies the filter admits, as `m`; searched ones carry their relevance. */
async function filteredMovies(
  em: Em,
  knex: Knex,
  filter: MovieFilter | null | undefined,
): Promise<{ query: Knex.QueryBuilder; search: ParsedSearch | null; narrowing: Narrowing }> {
  const search = filter?.search ? await parseSearch(knex, isPostgres(em), filter.search) : null;
  const query = search ? knex.from(matchingMovies(em, knex, search).as('m')) : knex('movie as m');
  const narrowing: Narrowing = filter ? applyFilter(knex, query, filter) : { to: 'everything' };
  return { query, search, narrowing: search ? { to: 'filtered' } : narrowing };
}

/**
 * totalCount: the catalogue's size or one genre's film count, kept by triggers (TableCount,
 * Genre.movieCount), rather than counting the films; otherwise the filtered films counted.
 */
async function countOf(knex: Knex, filtered: Knex.QueryBuilder, narrowing: Narrowing): Promise<number> {
  if (narrowing.to === 'filtered') {
    // Prepared like the page: PostgreSQL plans a search's count once, not on every request.
    const [result] = await readPrepared(knex, filtered.clone().count({ count: '*' }));
    return Number(result?.count ?? 0);
  }
  const [row] =
    narrowing.to === 'everything'
      ? await readPreparedShape(
          knex,
          'movies:count',
          () => knex('table_count').select('row_count as count').where('table_name', 'movie'),
          ['movie'],
        )
      : await readPreparedShape(
          knex,
          'movies:count:genre',
          () => knex('genre').select('movie_count as count').where('name_key', narrowing.key),
          [narrowing.key],
        );
  return Number(row?.count ?? 0);
}

const MAX_FILTER_LIST = 50;

/** Adds the filter's conditions to `query`; says how they narrow the catalogue. */
function applyFilter(knex: Knex, query: Knex.QueryBuilder, filter: MovieFilter): Narrowing {
  for (const field of ['genres', 'excludeGenres', 'excludePersonIds'] as const)
    if ((filter[field]?.length ?? 0) > MAX_FILTER_LIST)
      throw badInput(`filter.${field}`, `filter.${field} takes at most ${MAX_FILTER_LIST} values`);
  const genreKeys = [...new Set((filter.genres ?? []).map(nameKey).filter(Boolean))];
  // A condition per genre (its films, by the genre's id): PostgreSQL walks the page's sort order
  // and stops at a full page, where grouping every film of the genres first took it 2.5 ms for one
  // genre of the scale data (0.24 now). An EXISTS per genre cost SQLite 1 ms more; this does not.
  for (const key of genreKeys)
    query.whereIn(
      'm.id',
      knex('movie_genre as mg')
        .where('mg.genre_id', knex('genre').select('id').where('name_key', key))
        .select('mg.movie_id'),
    );
  const { yearFrom, yearTo } = filter;
  if (yearFrom != null && yearTo != null && yearFrom > yearTo)
    throw badInput('filter.yearFrom', 'yearFrom must not be after yearTo');
  if (yearFrom != null) query.where('m.release_year', '>=', yearFrom);
  if (yearTo != null) query.where('m.release_year', '<=', yearTo);
  if (filter.directorId != null) query.where('m.director_id', parseId(filter.directorId, 'filter.directorId'));
  const excludedGenreKeys = [...new Set((filter.excludeGenres ?? []).map(nameKey).filter(Boolean))];
  if (excludedGenreKeys.length > 0)
    query.whereNotExists(
      knex('movie_genre as xg')
        .join('genre as g', 'g.id', 'xg.genre_id')
        .whereRaw('xg.movie_id = m.id')
        .whereIn('g.name_key', excludedGenreKeys)
        .select(knex.raw('1')),
    );
  const excludedPeople = (filter.excludePersonIds ?? []).map((id) => parseId(id, 'filter.excludePersonIds'));
  if (excludedPeople.length > 0) {
    query.where((q) => void q.whereNull('m.director_id').orWhereNotIn('m.director_id', excludedPeople));
    query.whereNotExists(
      knex('movie_actor as xa')
        .whereRaw('xa.movie_id = m.id')
        .whereIn('xa.actor_id', excludedPeople)
        .select(knex.raw('1')),
    );
  }
  if (filter.actorId != null) {
    const actorId = parseId(filter.actorId, 'filter.actorId');
    query.whereExists(
      knex('movie_actor as ma').whereRaw('ma.movie_id = m.id').where('ma.actor_id', actorId).select(knex.raw('1')),
    );
  }
  const beyondGenres =
    yearFrom != null ||
    yearTo != null ||
    filter.directorId != null ||
    excludedGenreKeys.length > 0 ||
    excludedPeople.length > 0 ||
    filter.actorId != null;
  if (beyondGenres || genreKeys.length > 1) return { to: 'filtered' };
  return genreKeys.length === 1 ? { to: 'genre', key: genreKeys[0] } : { to: 'everything' };
}

/** What the operation asks of the movies beyond their own row (lookahead, see movie-relations). */
export interface Prefetch {
  relations: MovieRelations;
}

/**
 * One statement for the page (with the relations the operation asks for, see movie-relations),
 * one more for totalCount only when asked.
 */
export async function listMovies(
  em: Em,
  args: MovieListArgs,
  reads?: ReadSource,
  prefetch?: Prefetch,
): Promise<Page<Movie>> {
  const first = pageSize(args.first);
  const offset = pageOffset(args.offset);
  const knex = em.getKnex(connectionFor(reads));
  const { query: filtered, search, narrowing } = await filteredMovies(em, knex, args.filter);
  const sort =
    !args.sort || args.sort === MovieSort.RELEVANCE ? (search ? MovieSort.RELEVANCE : MovieSort.NEWEST) : args.sort;
  const keys = SORTS[sort];
  const after = args.after ? decodeCursor(args.after, sort, keys.length) : undefined;
  const relations = prefetch && anyRelation(prefetch.relations) ? prefetch.relations : undefined;
  const lean = prefetch?.relations.lean ?? false;

  const build = () => {
    const chosen = filtered.clone();
    if (after) whereAfter(chosen, keys, after);
    for (const key of keys) chosen.orderBy(key.column, key.direction);
    // Literal, not parameters: a prepared statement's generic plan for "limit $n" would sort the whole table.
    chosen.offset(offset, { skipBinding: true }).limit(first + 1, { skipBinding: true });
    const page = search ? winnersOf(em, knex, chosen, keys, lean) : chosen.select(movieColumns(em, 'm', lean));
    if (!relations) return page;
    // The cards are joined, and the companions' subqueries run, on the page's rows only: over it as a derived table.
    const statement = joinCards(
      em,
      knex.select('page.*', ...relationColumns(em, 'page', relations)).from(page.as('page')),
      'page',
      relations,
    );
    for (const key of keys) statement.orderBy(`page.${key.column.slice(2)}`, key.direction);
    return statement;
  };
  // Unfiltered pages (browsing) are the hot ones: their SQL depends on the shape only, built once.
  const shape = args.filter
    ? undefined
    : `movies:${sort}:${first}:${offset}:${Boolean(after)}:${relationsKey(prefetch?.relations)}`;
  const rows =
    first === 0
      ? []
      : shape
        ? await readPreparedShape(knex, shape, build, after ? afterBindings(after) : [])
        : await readPrepared(knex, build());

  return toConnection(rows, first, {
    node: (row) => {
      const movie = movieFromRow(row);
      if (relations) keepRelations(movie, row, relations);
      return movie;
    },
    cursor: (row) =>
      encodeCursor(
        sort,
        keys.map((key) => row[key.column.slice(2)] as string | number),
      ),
    hasPreviousPage: offset > 0 || Boolean(args.after),
    // The catalogue's and a genre's counters are one indexed row: only what is counted is spared.
    startsAt: args.after || narrowing.to !== 'filtered' ? null : offset,
    countAll: () => countOf(knex, filtered, narrowing),
  });
}

/**
 * A search sorts every match: `chosen` sorts them on their sort keys alone (narrow rows), and the
 * page's columns are read for the winners only (a one-word search over 1,250 films carried each
 * whole row through the sort).
 */
function winnersOf(em: Em, knex: Knex, chosen: Knex.QueryBuilder, keys: SortKey[], lean: boolean): Knex.QueryBuilder {
  const keyColumns = [...new Set(['m.id', ...keys.map((key) => key.column)])];
  const page = knex('movie as m')
    .select(movieColumns(em, 'm', lean))
    .join(chosen.select(keyColumns).as('w'), 'w.id', 'm.id');
  if (keyColumns.includes('m.relevance')) page.select('w.relevance');
  for (const key of keys) page.orderBy(`w.${key.column.slice(2)}`, key.direction);
  return page;
}

/** One movie, with the relations the operation asks for in the same statement. */
export async function findMovie(
  em: Em,
  id: number,
  reads: ReadSource,
  prefetch: Prefetch & { loaders: CatalogueLoaders },
): Promise<Movie | null> {
  if (!anyRelation(prefetch.relations)) return prefetch.loaders.movie.load(id);
  const knex = em.getKnex(connectionFor(reads));
  const { lean } = prefetch.relations;
  const [row] = await readPreparedShape(
    knex,
    `movie:${relationsKey(prefetch.relations)}`,
    () =>
      joinCards(
        em,
        knex('movie as m').select([...movieColumns(em, 'm', lean), ...relationColumns(em, 'm', prefetch.relations)]),
        'm',
        prefetch.relations,
      ).where('m.id', id),
    [id],
  );
  if (!row) return null;
  const movie = movieFromRow(row);
  const kept = keepRelations(movie, row, prefetch.relations);
  // A details page compares this movie's cast and genres with similar films' through the loaders.
  const { loaders } = prefetch;
  // A lean view lacks fields other parts of the operation may ask of the same movie.
  if (!lean) loaders.movie.prime(id, movie);
  if (kept.cast) loaders.castOf.prime(id, kept.cast);
  if (kept.genres) loaders.genresOf.prime(id, kept.genres);
  if (kept.director) loaders.person.prime(kept.director.id, kept.director);
  return movie;
}
