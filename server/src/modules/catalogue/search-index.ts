import { searchWords } from '../common/text';
import type { Row } from '../common/row-mapping';

/**
 * What full-text search reads, kept on the movie row and refreshed by every write that changes a
 * title, description or credit (the importer today). Each column holds search words (see
 * searchWords) so both databases tokenize the same text the same way; PostgreSQL weighs them in
 * a tsvector in movie_search, SQLite in an FTS5 table, both kept by triggers (migrations 008, 017).
 */
export interface MovieSearchColumns {
  search_title: string;
  search_people: string;
  search_genres: string;
  search_description: string;
}

/**
 * Structures of migrations 008, 017 and 019 that entities cannot declare (PostgreSQL's
 * movie_search with its tsvector, GIN indexes, operator classes, a collation); SQLite's FTS5
 * tables are skipped in the ORM's configuration.
 */
export const DATABASE_ONLY_SEARCH_STRUCTURES = [
  'movie_search',
  'movie_search_title_prefix_index',
  'movie_title_vector_index',
  'movie_search_vector_index',
  'search_term_trigram_index',
  'search_term_prefix_index',
  'person_search_name_trigram_index',
];

/** Other words people use for a genre, indexed with it: "sci-fi" finds Science Fiction. */
const GENRE_ALIASES: Record<string, string> = {
  'science fiction': 'scifi sci fi sf',
  romance: 'romantic romcom',
  comedy: 'comedies funny romcom',
  animation: 'animated cartoon',
  documentary: 'doc docs',
  horror: 'scary',
  music: 'musical musicals',
};

/** Typo correction looks words up in a vocabulary of the words of titles, names and genres. */
export const MIN_TERM_LENGTH = 3;
const MAX_TERM_LENGTH = 100;

export function movieSearchColumns(movie: {
  title: string;
  description: string;
  people: string[];
  genres: string[];
}): MovieSearchColumns {
  const genres = movie.genres.map((genre) => {
    const words = searchWords(genre).join(' ');
    return GENRE_ALIASES[words] ? `${words} ${GENRE_ALIASES[words]}` : words;
  });
  return {
    search_title: searchWords(movie.title).join(' '),
    search_people: movie.people.flatMap(searchWords).join(' '),
    search_genres: genres.join(' '),
    search_description: searchWords(movie.description).join(' '),
  };
}

/** The vocabulary words of one movie's columns. */
export function termsOf(columns: MovieSearchColumns): string[] {
  return [columns.search_title, columns.search_people, columns.search_genres]
    .flatMap((text) => text.split(' '))
    .filter((word) => word.length >= MIN_TERM_LENGTH && word.length <= MAX_TERM_LENGTH);
}

/** Runs one statement with `?` placeholders and returns its rows: a transaction's or a migration's. */
export type Execute = (sql: string, params: unknown[]) => Promise<Row[]>;

const CHUNK = 200;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/**
 * Writes `rows` (id first) into `table` with one `update … from (values …)` per chunk; both
 * databases name a VALUES list's columns column1, column2, …
 */
export async function updateFromValues(
  execute: Execute,
  table: string,
  columns: string[],
  rows: unknown[][],
): Promise<void> {
  const placeholders = `(cast(? as integer), ${columns.map(() => '?').join(', ')})`;
  const assignments = columns.map((column, i) => `${column} = v.column${i + 2}`).join(', ');
  for (const chunk of chunks(rows))
    await execute(
      `update ${table} set ${assignments} from (values ${chunk.map(() => placeholders).join(', ')}) as v where ${table}.id = v.column1`,
      chunk.flat(),
    );
}

/** Recomputes the search columns of `movieIds` from their rows and credits, and grows the vocabulary. */
export async function refreshMovieSearch(execute: Execute, movieIds: number[]): Promise<void> {
  for (const ids of chunks([...new Set(movieIds)])) {
    const list = ids.map(() => '?').join(', ');
    const movies = await execute(`select id, title, description from movie where id in (${list})`, ids);
    const credits = await execute(
      `select m.id as movie_id, p.first_name, p.last_name, -1 as position from movie m join person p on p.id = m.director_id where m.id in (${list})
       union all
       select ma.movie_id, p.first_name, p.last_name, ma.position from movie_actor ma join person p on p.id = ma.actor_id where ma.movie_id in (${list})
       order by 1, 4`,
      [...ids, ...ids],
    );
    const genres = await execute(
      `select mg.movie_id, g.name from movie_genre mg join genre g on g.id = mg.genre_id where mg.movie_id in (${list}) order by mg.movie_id, mg.position`,
      ids,
    );
    const peopleOf = group(credits, (row) => `${String(row.first_name)} ${String(row.last_name)}`);
    const genresOf = group(genres, (row) => String(row.name));
    const rows: unknown[][] = [];
    const terms = new Set<string>();
    for (const movie of movies) {
      const id = Number(movie.id);
      const columns = movieSearchColumns({
        title: String(movie.title),
        description: String(movie.description),
        people: peopleOf.get(id) ?? [],
        genres: genresOf.get(id) ?? [],
      });
      rows.push([id, columns.search_title, columns.search_people, columns.search_genres, columns.search_description]);
      for (const term of termsOf(columns)) terms.add(term);
    }
    await updateFromValues(
      execute,
      'movie',
      ['search_title', 'search_people', 'search_genres', 'search_description'],
      rows,
    );
    await addTerms(execute, [...terms]);
  }
}

/**
 * Recounts the films (directed or starred in, each once) of `personIds`: suggestions rank people
 * by it without counting credits on every keystroke. Call it with everyone who gained or lost a
 * credit.
 */
export async function refreshFilmCounts(execute: Execute, personIds: number[]): Promise<void> {
  for (const ids of chunks([...new Set(personIds)], 500)) {
    const list = ids.map(() => '?').join(', ');
    // Set-based: the films of all these people counted in one pass over their credits…
    await execute(
      `update person set film_count = counted.films from (
         select person_id, count(distinct movie_id) as films from (
           select director_id as person_id, id as movie_id from movie where director_id in (${list})
           union all select actor_id, movie_id from movie_actor where actor_id in (${list})) as credits
         group by person_id) as counted
       where person.id = counted.person_id`,
      [...ids, ...ids],
    );
    // …and 0 for those left without a credit.
    await execute(
      `update person set film_count = 0 where id in (${list}) and film_count <> 0
         and not exists (select 1 from movie where director_id = person.id)
         and not exists (select 1 from movie_actor where actor_id = person.id)`,
      ids,
    );
  }
}

/** Adds words to the vocabulary. Words are never removed: a stale one only suggests a correction that finds nothing. */
export async function addTerms(execute: Execute, terms: string[]): Promise<void> {
  for (const chunk of chunks(terms, 500))
    await execute(
      `insert into search_term (term) values ${chunk.map(() => '(?)').join(', ')} on conflict do nothing`,
      chunk,
    );
}

function group(rows: Row[], value: (row: Row) => string): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const row of rows) {
    const id = Number(row.movie_id);
    const list = groups.get(id) ?? [];
    list.push(value(row));
    groups.set(id, list);
  }
  return groups;
}
