import type { Migration } from '@mikro-orm/migrations';
import { personSearchName } from '../modules/catalogue/names';
import {
  refreshFilmCounts,
  refreshMovieSearch,
  updateFromValues,
  type Execute,
} from '../modules/catalogue/search-index';
import type { Row } from '../modules/common/row-mapping';

/** Fills the search columns of every existing movie and person, and people's film counts (migration 008, both dialects). */
export async function backfillSearch(migration: Migration): Promise<void> {
  const execute: Execute = async (sql, params) => (await migration.execute(sql, params)) as Row[];
  const people = await execute('select id, first_name, last_name from person', []);
  await updateFromValues(
    execute,
    'person',
    ['search_name'],
    people.map((p) => [Number(p.id), personSearchName(`${String(p.first_name)} ${String(p.last_name)}`)]),
  );
  await refreshFilmCounts(
    execute,
    people.map((p) => Number(p.id)),
  );
  const movies = await execute('select id from movie', []);
  await refreshMovieSearch(
    execute,
    movies.map((m) => Number(m.id)),
  );
}
