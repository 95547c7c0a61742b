import { Migration } from '@mikro-orm/migrations';

/**
 * Directors and actors become one `person` table (see the PostgreSQL migration). SQLite cannot
 * re-point a foreign key, so movie_actor is rebuilt; renaming director carries movie's key along.
 */
export class PeopleSqlite extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `director` rename to `person`');
    this.addSql('drop index `director_name_key_unique`');
    this.addSql('create unique index `person_name_key_unique` on `person` (`name_key`)');
    this.addSql(
      'insert into `person` (`first_name`, `last_name`, `name_key`, `search_name`) select a.`first_name`, a.`last_name`, a.`name_key`, a.`search_name` from `actor` a where not exists (select 1 from `person` p where p.`name_key` = a.`name_key`) order by a.`id`',
    );
    this.addSql(
      'create table `movie_actor_merged` (`movie_id` integer not null, `position` integer not null, `actor_id` integer not null, constraint `movie_actor_movie_id_foreign` foreign key(`movie_id`) references `movie`(`id`) on delete cascade on update cascade, constraint `movie_actor_actor_id_foreign` foreign key(`actor_id`) references `person`(`id`) on delete cascade on update cascade, primary key (`movie_id`, `position`))',
    );
    this.addSql(
      'insert into `movie_actor_merged` (`movie_id`, `position`, `actor_id`) select ma.`movie_id`, ma.`position`, p.`id` from `movie_actor` ma join `actor` a on a.`id` = ma.`actor_id` join `person` p on p.`name_key` = a.`name_key`',
    );
    this.addSql('drop table `movie_actor`');
    this.addSql('drop table `actor`');
    this.addSql('alter table `movie_actor_merged` rename to `movie_actor`');
    this.addSql('create index `movie_actor_movie_id_index` on `movie_actor` (`movie_id`)');
    this.addSql('create index `movie_actor_actor_id_index` on `movie_actor` (`actor_id`)');
    this.addSql('create index `movie_actor_actor_id_movie_id_index` on `movie_actor` (`actor_id`, `movie_id`)');
  }
}
