import { Migration } from '@mikro-orm/migrations';

/** A person as the card shows them: no film count, which changes with every credit elsewhere. */
const PERSON = (alias: string) =>
  `json_build_object('id', ${alias}."id", 'first_name', ${alias}."first_name", 'last_name', ${alias}."last_name")`;

/**
 * Each film's card (see MovieCard): its director, cast and genres as the list shows them, kept by
 * triggers whatever writes them (importer, admin edits, renames, merges, cascaded deletes).
 * Credit changes are statement-level (one rebuild per statement for the set-based importer);
 * director changes and renames are row-level, since only they may name the columns they watch.
 * A rebuild first locks its films in id order, after the counters' locks (trigger names sort
 * after theirs): a concurrent writer of the same film then waits and builds from what this one
 * committed, instead of overwriting the card with an older picture of the credits.
 */
export class MovieCardPostgres extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "movie_card" ("movie_id" int not null primary key, "director" json null, "cast_members" json not null, "genres" json not null)',
    );
    // Set-based (one aggregate per credit table, not a subquery per film) and planned on every call
    // (execute): a plan made while an import starts on empty tables must not scan the credits per film.
    this.addSql(`create function mymdb_refresh_movie_cards(ids int[]) returns void language plpgsql as $$
begin
  execute 'select 1 from "movie" where "id" = any($1) order by "id" for no key update' using ids;
  execute $sql$
  insert into "movie_card" ("movie_id", "director", "cast_members", "genres")
  select m."id", case when d."id" is null then null else ${PERSON('d')} end,
    coalesce(c."cast_members", '[]'::json), coalesce(g."genres", '[]'::json)
  from "movie" m
  left join "person" d on d."id" = m."director_id"
  left join (
    select ma."movie_id", json_agg(${PERSON('a')} order by ma."position") as "cast_members"
    from "movie_actor" ma join "person" a on a."id" = ma."actor_id"
    where ma."movie_id" = any($1) group by ma."movie_id"
  ) c on c."movie_id" = m."id"
  left join (
    select mg."movie_id", json_agg(json_build_object('id', g."id", 'name', g."name") order by mg."position") as "genres"
    from "movie_genre" mg join "genre" g on g."id" = mg."genre_id"
    where mg."movie_id" = any($1) group by mg."movie_id"
  ) g on g."movie_id" = m."id"
  where m."id" = any($1)
  on conflict ("movie_id") do update
    set "director" = excluded."director", "cast_members" = excluded."cast_members", "genres" = excluded."genres"
  $sql$ using ids;
end $$`);
    this.addSql(`create function mymdb_card_credits_changed() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then
    perform mymdb_refresh_movie_cards(array(select "id" from "movie"));
  elsif tg_op = 'INSERT' then
    perform mymdb_refresh_movie_cards(array(select distinct "movie_id" from new_rows));
  elsif tg_op = 'DELETE' then
    perform mymdb_refresh_movie_cards(array(select distinct "movie_id" from old_rows));
  else
    perform mymdb_refresh_movie_cards(array(select "movie_id" from old_rows union select "movie_id" from new_rows));
  end if;
  return null;
end $$`);
    for (const table of ['movie_actor', 'movie_genre']) {
      const trigger = (event: string, transition: string) =>
        `create trigger "refresh_card_on_${table}_${event}" after ${event} on "${table}" ${transition} for each statement execute function mymdb_card_credits_changed()`;
      this.addSql(trigger('insert', 'referencing new table as new_rows'));
      this.addSql(trigger('update', 'referencing old table as old_rows new table as new_rows'));
      this.addSql(trigger('delete', 'referencing old table as old_rows'));
      this.addSql(trigger('truncate', ''));
    }
    this.addSql(`create function mymdb_card_movies_changed() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    perform mymdb_refresh_movie_cards(array(select "id" from new_rows));
  elsif tg_op = 'DELETE' then
    delete from "movie_card" where "movie_id" in (select "id" from old_rows);
  elsif tg_op = 'TRUNCATE' then
    delete from "movie_card";
  else
    perform mymdb_refresh_movie_cards(array[new."id"]);
  end if;
  return null;
end $$`);
    this.addSql(
      'create trigger "refresh_card_on_movie_insert" after insert on "movie" referencing new table as new_rows for each statement execute function mymdb_card_movies_changed()',
    );
    this.addSql(
      'create trigger "refresh_card_on_movie_delete" after delete on "movie" referencing old table as old_rows for each statement execute function mymdb_card_movies_changed()',
    );
    this.addSql(
      'create trigger "refresh_card_on_movie_truncate" after truncate on "movie" for each statement execute function mymdb_card_movies_changed()',
    );
    this.addSql(
      'create trigger "refresh_card_on_movie_director" after update of "director_id" on "movie" for each row when (old."director_id" is distinct from new."director_id") execute function mymdb_card_movies_changed()',
    );
    this.addSql(`create function mymdb_card_names_changed() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'person' then
    perform mymdb_refresh_movie_cards(array(
      select "id" from "movie" where "director_id" = new."id"
      union select "movie_id" from "movie_actor" where "actor_id" = new."id"));
  else
    perform mymdb_refresh_movie_cards(array(select "movie_id" from "movie_genre" where "genre_id" = new."id"));
  end if;
  return null;
end $$`);
    this.addSql(
      'create trigger "refresh_card_on_person_name" after update of "first_name", "last_name" on "person" for each row when (old."first_name" is distinct from new."first_name" or old."last_name" is distinct from new."last_name") execute function mymdb_card_names_changed()',
    );
    this.addSql(
      'create trigger "refresh_card_on_genre_name" after update of "name" on "genre" for each row when (old."name" is distinct from new."name") execute function mymdb_card_names_changed()',
    );
    this.addSql('select mymdb_refresh_movie_cards(array(select "id" from "movie"))');
  }
}
