import { Migration } from '@mikro-orm/migrations';

/**
 * The movie count an unfiltered totalCount reads (see TableCount), kept by statement-level
 * triggers: one update per insert or delete statement, however many rows the set-based importer
 * writes with it. The counter row is locked until its writer commits, so concurrent catalogue
 * writes queue on it; they are admin writes, rare next to the reads it saves.
 */
export class TableCountPostgres extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "table_count" ("table_name" varchar(63) not null, "row_count" bigint not null, constraint "table_count_pkey" primary key ("table_name"))',
    );
    this.addSql(`insert into "table_count" ("table_name", "row_count") select 'movie', count(*) from "movie"`);
    this.addSql(`create function mymdb_count_movies() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    update "table_count" set "row_count" = "row_count" + (select count(*) from new_rows) where "table_name" = 'movie';
  elsif tg_op = 'DELETE' then
    update "table_count" set "row_count" = "row_count" - (select count(*) from old_rows) where "table_name" = 'movie';
  else
    update "table_count" set "row_count" = 0 where "table_name" = 'movie';
  end if;
  return null;
end $$`);
    this.addSql(
      'create trigger "movie_count_insert" after insert on "movie" referencing new table as new_rows for each statement execute function mymdb_count_movies()',
    );
    this.addSql(
      'create trigger "movie_count_delete" after delete on "movie" referencing old table as old_rows for each statement execute function mymdb_count_movies()',
    );
    this.addSql(
      'create trigger "movie_count_truncate" after truncate on "movie" for each statement execute function mymdb_count_movies()',
    );
  }
}
