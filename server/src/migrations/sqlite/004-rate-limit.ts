import { Migration } from '@mikro-orm/migrations';

/** Rate-limit counters (used on PostgreSQL, where instances share them; SQLite's single process counts in memory). */
export class RateLimitSqlite extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `rate_limit` (`key` text not null, `points` integer not null default 0, `expire` bigint null, primary key (`key`))',
    );
  }
}
