import { Migration } from '@mikro-orm/migrations';

/**
 * Each genre's film count (Genre.movieCount), kept by statement-level triggers on movie_genre: one
 * update per statement, whatever writes it (importer, admin edits, merges, cascaded deletes). They
 * lock the movie counter row first and then the genres in id order (no key update: a new
 * movie_genre row's foreign key check already holds key share on its genre), so two writers
 * adding the same genres in different orders queue instead of deadlocking.
 */
export class GenreMovieCountPostgres extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "genre" add column "movie_count" int not null default 0');
    this.addSql(
      'update "genre" set "movie_count" = (select count(*) from "movie_genre" where "movie_genre"."genre_id" = "genre"."id")',
    );
    this.addSql(`create function mymdb_count_genre_movies() returns trigger language plpgsql as $$
begin
  perform 1 from "table_count" where "table_name" = 'movie' for no key update;
  if tg_op = 'TRUNCATE' then
    update "genre" set "movie_count" = 0;
    return null;
  end if;
  if tg_op in ('DELETE', 'UPDATE') then
    perform 1 from "genre" where "id" in (select "genre_id" from old_rows) order by "id" for no key update;
    update "genre" g set "movie_count" = g."movie_count" - d.n
      from (select "genre_id", count(*) as n from old_rows group by "genre_id") d where g."id" = d."genre_id";
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform 1 from "genre" where "id" in (select "genre_id" from new_rows) order by "id" for no key update;
    update "genre" g set "movie_count" = g."movie_count" + d.n
      from (select "genre_id", count(*) as n from new_rows group by "genre_id") d where g."id" = d."genre_id";
  end if;
  return null;
end $$`);
    this.addSql(
      'create trigger "genre_movie_count_insert" after insert on "movie_genre" referencing new table as new_rows for each statement execute function mymdb_count_genre_movies()',
    );
    this.addSql(
      'create trigger "genre_movie_count_update" after update on "movie_genre" referencing old table as old_rows new table as new_rows for each statement execute function mymdb_count_genre_movies()',
    );
    this.addSql(
      'create trigger "genre_movie_count_delete" after delete on "movie_genre" referencing old table as old_rows for each statement execute function mymdb_count_genre_movies()',
    );
    this.addSql(
      'create trigger "genre_movie_count_truncate" after truncate on "movie_genre" for each statement execute function mymdb_count_genre_movies()',
    );
  }
}
