import { Migration } from '@mikro-orm/migrations';

/**
 * Directors and actors become one `person` table: someone who directs and acts is one person with
 * one id. The director table is renamed (movie.director_id keeps pointing at it); actors not
 * already there by name are added, and billing rows are moved to the merged ids.
 */
export class PeoplePostgres extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "director" rename to "person"');
    this.addSql('alter sequence "director_id_seq" rename to "person_id_seq"');
    this.addSql('alter index "director_pkey" rename to "person_pkey"');
    this.addSql('alter table "person" rename constraint "director_name_key_unique" to "person_name_key_unique"');
    this.addSql(
      'insert into "person" ("first_name", "last_name", "name_key", "search_name") select a."first_name", a."last_name", a."name_key", a."search_name" from "actor" a where not exists (select 1 from "person" p where p."name_key" = a."name_key") order by a."id"',
    );
    this.addSql('alter table "movie_actor" drop constraint "movie_actor_actor_id_foreign"');
    this.addSql(
      'update "movie_actor" ma set "actor_id" = p."id" from "actor" a join "person" p on p."name_key" = a."name_key" where a."id" = ma."actor_id"',
    );
    this.addSql(
      'alter table "movie_actor" add constraint "movie_actor_actor_id_foreign" foreign key ("actor_id") references "person" ("id") on update cascade on delete cascade',
    );
    this.addSql('drop table "actor"');
  }
}
