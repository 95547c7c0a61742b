import { Migration } from '@mikro-orm/migrations';
import { backfillSearch } from '../search-backfill';

/**
 * Ranked full-text search: the movie's search words weighted in a generated tsvector (title A,
 * people B, genres C, description D) under a GIN index, and trigram indexes (pg_trgm) over the
 * vocabulary, for typo correction, and over people's names. unaccent folds what the shared
 * folding in JS might miss; it is wrapped because a generated column needs an immutable function.
 */
export class SearchPostgres extends Migration {
  override async up(): Promise<void> {
    await this.execute('create extension if not exists unaccent');
    await this.execute('create extension if not exists pg_trgm');
    await this.execute(
      "create or replace function mymdb_unaccent(text) returns text language sql immutable parallel safe strict as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$",
    );
    await this.execute('alter table "movie" drop column "search_text"');
    for (const column of ['search_title', 'search_people', 'search_genres', 'search_description'])
      await this.execute(`alter table "movie" add column "${column}" text not null default ''`);
    await this.execute(
      'create table "search_term" ("term" varchar(100) not null, constraint "search_term_pkey" primary key ("term"))',
    );
    await this.execute('alter table "person" add column "film_count" int not null default 0');
    await backfillSearch(this);
    this.addSql('create index "person_search_name_index" on "person" ("search_name")');
    this.addSql('create index "person_film_count_id_index" on "person" ("film_count", "id")');
    const weighted = (column: string, weight: string) =>
      `setweight(to_tsvector('simple'::regconfig, mymdb_unaccent("${column}")), '${weight}')`;
    this.addSql(
      `alter table "movie" add column "search_vector" tsvector generated always as (${weighted('search_title', 'A')} || ${weighted('search_people', 'B')} || ${weighted('search_genres', 'C')} || ${weighted('search_description', 'D')}) stored`,
    );
    this.addSql('create index "movie_search_vector_index" on "movie" using gin ("search_vector")');
    this.addSql('create index "search_term_trigram_index" on "search_term" using gin ("term" gin_trgm_ops)');
    // Suggestions match titles only: a title-only vector, which a prefix ("horv") searches without
    // rechecking every film whose people match it.
    this.addSql(
      `create index "movie_title_vector_index" on "movie" using gin (to_tsvector('simple'::regconfig, "search_title"))`,
    );
    // Suggestions for titles starting with what is typed, read from the index alone.
    this.addSql(
      'create index "movie_search_title_prefix_index" on "movie" ("search_title" text_pattern_ops) include ("rating_count", "id")',
    );
    this.addSql('create index "person_search_name_trigram_index" on "person" using gin ("search_name" gin_trgm_ops)');
  }
}
