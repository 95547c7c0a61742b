import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Rate-limit counters shared by every instance on PostgreSQL, in the layout rate-limiter-flexible's
 * RateLimiterPostgres reads and writes (key = limiter prefix + key; expire in epoch ms).
 */
@Entity({ tableName: 'rate_limit' })
export class RateLimitEntry {
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points: number = 0;

  @Property({ type: 'bigint', nullable: true })
  expire?: string | null;
}
