import { Migration } from '@mikro-orm/migrations';

const SEARCH_COLUMNS = ['search_title', 'search_people', 'search_genres', 'search_description'];

/** The film's columns a search filters or sorts on (see movie-list.service), copied with its title words. */
const MOVIE_SEARCH_COPIES = [
  'search_title',
  'sort_title',
  'release_year',
  'director_id',
  'rating_count',
  'rating_average',
];

/**
 * What a ranked search reads, in a narrow table of its own (one row per film: its weighted vector
 * and the columns a search filters or sorts on) instead of the film's whole row. A one-word
 * search ranks every match: over the films' rows (descriptions and all, five or six films per
 * 8 kB page) it read about 950 pages for 1,250 matches of the scale data, over this table (about
 * twenty per page) about 500, and a count reads no film row.
 *
 * Kept by triggers on movie whatever writes it (importer, admin edits, renames, ratings); a
 * deleted film's row goes with it (foreign key). The film's own generated vector and its GIN index
 * go: every rating rewrote the film's row (its counters are indexed, so never in place), which
 * recomputed the vector and put it into the index again.
 */
export class MovieSearchPostgres extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function mymdb_search_vector(title text, people text, genres text, description text)
  returns tsvector language sql immutable parallel safe as $$
  select setweight(to_tsvector('simple'::regconfig, mymdb_unaccent(title)), 'A')
    || setweight(to_tsvector('simple'::regconfig, mymdb_unaccent(people)), 'B')
    || setweight(to_tsvector('simple'::regconfig, mymdb_unaccent(genres)), 'C')
    || setweight(to_tsvector('simple'::regconfig, mymdb_unaccent(description)), 'D') $$`);
    this.addSql(`create table "movie_search" (
  "movie_id" int not null references "movie" ("id") on update cascade on delete cascade,
  "search_title" text not null,
  "sort_title" varchar(300) not null,
  "release_year" int not null,
  "director_id" int null,
  "rating_count" int not null,
  "rating_average" double precision not null,
  "search_vector" tsvector not null,
  constraint "movie_search_pkey" primary key ("movie_id"))`);
    const columns = ['movie_id', ...MOVIE_SEARCH_COPIES, 'search_vector'].map((column) => `"${column}"`).join(', ');
    const valuesOf = (row: string) =>
      [
        `${row}."id"`,
        ...MOVIE_SEARCH_COPIES.map((column) => `${row}."${column}"`),
        `mymdb_search_vector(${SEARCH_COLUMNS.map((column) => `${row}."${column}"`).join(', ')})`,
      ].join(', ');
    this.addSql(`insert into "movie_search" (${columns}) select ${valuesOf('m')} from "movie" m`);
    this.addSql('drop index "movie_search_vector_index"');
    this.addSql('alter table "movie" drop column "search_vector"');
    this.addSql('create index "movie_search_vector_index" on "movie_search" using gin ("search_vector")');

    this.addSql(`create function mymdb_search_movies_inserted() returns trigger language plpgsql as $$
begin
  insert into "movie_search" (${columns}) select ${valuesOf('n')} from new_rows n;
  return null;
end $$`);
    this.addSql(
      `create trigger "movie_search_on_insert" after insert on "movie" referencing new table as new_rows for each statement execute function mymdb_search_movies_inserted()`,
    );
    // Per row, when a copied column or a word changed: a rating changes one film's counts, and the
    // vector is computed again only when the words changed.
    const changed = (list: string[]) =>
      list.map((column) => `old."${column}" is distinct from new."${column}"`).join(' or ');
    const watched = [...new Set([...MOVIE_SEARCH_COPIES, ...SEARCH_COLUMNS])];
    this.addSql(`create function mymdb_search_movie_updated() returns trigger language plpgsql as $$
begin
  update "movie_search" set ${MOVIE_SEARCH_COPIES.map((column) => `"${column}" = new."${column}"`).join(', ')},
    "search_vector" = case when ${changed(SEARCH_COLUMNS)}
      then mymdb_search_vector(${SEARCH_COLUMNS.map((column) => `new."${column}"`).join(', ')}) else "search_vector" end
  where "movie_id" = new."id";
  return null;
end $$`);
    this.addSql(
      `create trigger "movie_search_on_update" after update of ${watched.map((column) => `"${column}"`).join(', ')} on "movie" for each row when (${changed(watched)}) execute function mymdb_search_movie_updated()`,
    );
    // Ratings still rewrite the film's row, and the title vector's index (suggestions) would keep
    // the rewritten rows in a pending list that every suggestion scans until vacuum merges it.
    this.addSql('alter index "movie_title_vector_index" set (fastupdate = off)');
    this.addSql(`select gin_clean_pending_list('"movie_title_vector_index"')`);
  }
}
