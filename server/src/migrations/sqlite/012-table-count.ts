import { Migration } from '@mikro-orm/migrations';

/**
 * The movie count an unfiltered totalCount reads (see TableCount), kept by row triggers on every
 * insert and delete (SQLite has no statement-level triggers; a write holds the whole database
 * anyway, so the extra update queues nothing).
 */
export class TableCountSqlite extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `table_count` (`table_name` text not null, `row_count` bigint not null, primary key (`table_name`))',
    );
    this.addSql("insert into `table_count` (`table_name`, `row_count`) select 'movie', count(*) from `movie`");
    this.addSql(
      "create trigger `movie_count_insert` after insert on `movie` begin update `table_count` set `row_count` = `row_count` + 1 where `table_name` = 'movie'; end",
    );
    this.addSql(
      "create trigger `movie_count_delete` after delete on `movie` begin update `table_count` set `row_count` = `row_count` - 1 where `table_name` = 'movie'; end",
    );
  }
}
