import type { Knex } from '@mikro-orm/knex';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { DomainError } from './errors';

export type RateLimiter = RateLimiterAbstract;

/**
 * Makes a fixed budget of `points` per key per `durationSeconds` (rate-limiter-flexible). Counting
 * is atomic: a point is taken before the work it guards, so concurrent requests cannot overrun it.
 */
export type CreateRateLimiter = (name: string, points: number, durationSeconds: number) => RateLimiter;

/** One process (the embedded SQLite default, the CLI): counters in memory. */
export const inMemoryRateLimiters: CreateRateLimiter = (name, points, duration) =>
  new RateLimiterMemory({ keyPrefix: name, points, duration });

/**
 * Several instances on one PostgreSQL: counters in its `rate_limit` table (created by a
 * migration), so a budget is the same whichever instance a request reaches. Each take is one
 * atomic upsert.
 */
export function sharedRateLimiters(knex: Knex): CreateRateLimiter {
  return (name, points, duration) =>
    new RateLimiterPostgres({
      storeClient: knex,
      storeType: 'knex',
      tableName: 'rate_limit',
      tableCreated: true,
      keyPrefix: name,
      points,
      duration,
    });
}

function inWords(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return minutes < 90 ? `${minutes} minutes` : `${Math.ceil(minutes / 60)} hours`;
}

export function tooManyRequests(what: string, msBeforeNext: number): DomainError {
  const retryAfter = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new DomainError('TOO_MANY_REQUESTS', `${what}; try again in ${inWords(retryAfter)}`, { retryAfter });
}

/** Takes one point for `key`, or throws TOO_MANY_REQUESTS with `retryAfter` in seconds. */
export async function takePoint(limiter: RateLimiter, key: string, what: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw tooManyRequests(what, rejection.msBeforeNext);
    throw rejection;
  }
}
