import { DomainError } from '../common/errors';

const MAX_TRACKED_KEYS = 10_000;

interface Window {
  failures: number[];
}

/**
 * Counts failed logins per username and per client address in a sliding window; past the
 * limit, further attempts are refused until old failures age out. Per instance, in memory.
 */
export class LoginThrottle {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly maxFailures = 5,
    private readonly windowMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  assertAllowed(keys: string[]): void {
    for (const key of keys) {
      const window = this.prune(key);
      if (window && window.failures.length >= this.limitFor(key)) {
        const retryAfter = Math.ceil((window.failures[0] + this.windowMs - this.now()) / 1000);
        throw new DomainError('TOO_MANY_REQUESTS', `Too many failed logins; try again in ${retryAfter} s`, { retryAfter });
      }
    }
  }

  recordFailure(keys: string[]): void {
    if (this.windows.size > MAX_TRACKED_KEYS) this.sweep();
    for (const key of keys) {
      const window = this.prune(key) ?? { failures: [] };
      window.failures.push(this.now());
      this.windows.set(key, window);
    }
  }

  recordSuccess(keys: string[]): void {
    for (const key of keys) if (key.startsWith('user:')) this.windows.delete(key);
  }

  /** Drops every window with no recent failure, so memory stays bounded under a spray of usernames. */
  private sweep(): void {
    for (const key of [...this.windows.keys()]) this.prune(key);
  }

  /** An address is shared by many people (offices, NAT), so it gets a wider allowance. */
  private limitFor(key: string): number {
    return key.startsWith('ip:') ? this.maxFailures * 4 : this.maxFailures;
  }

  private prune(key: string): Window | undefined {
    const window = this.windows.get(key);
    if (!window) return undefined;
    const cutoff = this.now() - this.windowMs;
    window.failures = window.failures.filter((t) => t > cutoff);
    if (window.failures.length === 0) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }
}
