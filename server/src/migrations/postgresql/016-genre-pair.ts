import { Migration } from '@mikro-orm/migrations';

/**
 * Each film's genre pairs (see MovieGenrePair), rebuilt per film by statement-level triggers on
 * movie_genre whatever writes it (importer, admin edits, merges, cascaded deletes). A rebuild
 * first locks its films in id order, as the cards' does (its trigger names sort after theirs), so
 * two writers adding genres to one film queue and the second pairs what the first committed.
 */
export class GenrePairPostgres extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "movie_genre_pair" ("movie_id" int not null, "first_genre_id" int not null, "second_genre_id" int not null, constraint "movie_genre_pair_pkey" primary key ("movie_id", "first_genre_id", "second_genre_id"))',
    );
    this.addSql(
      'create index "movie_genre_pair_first_genre_id_second_genre_id_movie_id_index" on "movie_genre_pair" ("first_genre_id", "second_genre_id", "movie_id")',
    );
    this.addSql(`insert into "movie_genre_pair" ("movie_id", "first_genre_id", "second_genre_id")
  select a."movie_id", a."genre_id", b."genre_id" from "movie_genre" a
  join "movie_genre" b on b."movie_id" = a."movie_id" and b."genre_id" > a."genre_id"`);
    // Planned on every call (execute), as the cards' rebuild: a plan made while an import starts on
    // empty tables must not scan movie_genre for every film.
    this.addSql(`create function mymdb_refresh_genre_pairs(ids int[]) returns void language plpgsql as $$
begin
  execute 'select 1 from "movie" where "id" = any($1) order by "id" for no key update' using ids;
  execute 'delete from "movie_genre_pair" where "movie_id" = any($1)' using ids;
  execute 'insert into "movie_genre_pair" ("movie_id", "first_genre_id", "second_genre_id")
    select a."movie_id", a."genre_id", b."genre_id" from "movie_genre" a
    join "movie_genre" b on b."movie_id" = a."movie_id" and b."genre_id" > a."genre_id"
    where a."movie_id" = any($1)' using ids;
end $$`);
    this.addSql(`create function mymdb_genre_pairs_changed() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then
    delete from "movie_genre_pair";
  elsif tg_op = 'INSERT' then
    perform mymdb_refresh_genre_pairs(array(select distinct "movie_id" from new_rows));
  elsif tg_op = 'DELETE' then
    perform mymdb_refresh_genre_pairs(array(select distinct "movie_id" from old_rows));
  else
    perform mymdb_refresh_genre_pairs(array(select "movie_id" from old_rows union select "movie_id" from new_rows));
  end if;
  return null;
end $$`);
    const trigger = (event: string, transition: string) =>
      `create trigger "refresh_genre_pairs_on_${event}" after ${event} on "movie_genre" ${transition} for each statement execute function mymdb_genre_pairs_changed()`;
    this.addSql(trigger('insert', 'referencing new table as new_rows'));
    this.addSql(trigger('update', 'referencing old table as old_rows new table as new_rows'));
    this.addSql(trigger('delete', 'referencing old table as old_rows'));
    this.addSql(trigger('truncate', ''));
  }
}
