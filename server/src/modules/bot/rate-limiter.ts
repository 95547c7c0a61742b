import { DomainError } from '../common/errors';

/** A sliding one-minute window per key (user or address), in memory. */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): void {
    const cutoff = this.now() - 60_000;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > cutoff);
    if (recent.length >= this.perMinute) {
      const retryAfter = Math.ceil((recent[0] + 60_000 - this.now()) / 1000);
      throw new DomainError('TOO_MANY_REQUESTS', `Too many questions; try again in ${retryAfter} s`, { retryAfter });
    }
    recent.push(this.now());
    this.hits.set(key, recent);
    if (this.hits.size > 50_000) this.hits.delete(this.hits.keys().next().value!);
  }
}
