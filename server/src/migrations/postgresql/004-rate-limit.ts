import { Migration } from '@mikro-orm/migrations';

/** Rate-limit counters shared by every instance (rate-limiter-flexible's RateLimiterPostgres layout). */
export class RateLimitPostgres extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "rate_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "rate_limit_pkey" primary key ("key"))',
    );
  }
}
