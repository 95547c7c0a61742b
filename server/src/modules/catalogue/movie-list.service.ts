import type { Knex } from '@mikro-orm/knex';
import type { Em } from '../../db/orm';
import { connectionFor, type ReadSource } from '../../db/read-source';
import { badInput } from '../common/errors';
import { escapeLike, LIKE_ESCAPED } from '../common/sql';
import {
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
import { searchable } from '../common/text';
import { nameKey } from './names';
import { movieColumns } from './movie-columns';

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
};

export interface MovieListArgs {
  first?: number | null;
  after?: string | null;
  offset?: number | null;
  sort?: MovieSort | null;
  filter?: MovieFilter | null;
}

function applyFilter(knex: Knex, query: Knex.QueryBuilder, filter: MovieFilter | null | undefined): void {
  if (!filter) return;
  const words = searchable(filter.search ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 10);
  for (const word of words) query.whereRaw(`m.search_text ${LIKE_ESCAPED}`, [`%${escapeLike(word)}%`]);
  const genreKeys = [...new Set((filter.genres ?? []).map(nameKey).filter(Boolean))];
  if (genreKeys.length > 0) {
    query.whereIn(
      'm.id',
      knex('movie_genre as mg')
        .join('genre as g', 'g.id', 'mg.genre_id')
        .whereIn('g.name_key', genreKeys)
        .groupBy('mg.movie_id')
        .havingRaw('count(*) = ?', [genreKeys.length])
        .select('mg.movie_id'),
    );
  }
  const { yearFrom, yearTo } = filter;
  if (yearFrom != null && yearTo != null && yearFrom > yearTo)
    throw badInput('filter.yearFrom', 'yearFrom must not be after yearTo');
  if (yearFrom != null) query.where('m.release_year', '>=', yearFrom);
  if (yearTo != null) query.where('m.release_year', '<=', yearTo);
  if (filter.directorId != null) query.where('m.director_id', parseId(filter.directorId, 'filter.directorId'));
  if (filter.actorId != null) {
    const actorId = parseId(filter.actorId, 'filter.actorId');
    query.whereExists(
      knex('movie_actor as ma').whereRaw('ma.movie_id = m.id').where('ma.actor_id', actorId).select(knex.raw('1')),
    );
  }
}

/** One statement for the page, one more for totalCount only when asked. */
export async function listMovies(em: Em, args: MovieListArgs, reads?: ReadSource): Promise<Page<Movie>> {
  const first = pageSize(args.first);
  const offset = pageOffset(args.offset);
  const sort = args.sort ?? MovieSort.NEWEST;
  const keys = SORTS[sort];
  const knex = em.getKnex(connectionFor(reads));
  const filtered = knex('movie as m');
  applyFilter(knex, filtered, args.filter);

  const page = filtered.clone().select(movieColumns(em, 'm'));
  if (args.after) whereAfter(page, keys, decodeCursor(args.after, sort, keys.length));
  for (const key of keys) page.orderBy(key.column, key.direction);
  const rows = first === 0 ? [] : ((await page.offset(offset).limit(first + 1)) as Array<Record<string, unknown>>);

  return toConnection(rows, first, {
    node: movieFromRow,
    cursor: (row) =>
      encodeCursor(
        sort,
        keys.map((key) => row[key.column.slice(2)] as string | number),
      ),
    hasPreviousPage: offset > 0 || Boolean(args.after),
    countAll: async () => {
      const result = await filtered.clone().count({ count: '*' }).first();
      return Number((result as { count: number | string } | undefined)?.count ?? 0);
    },
  });
}
