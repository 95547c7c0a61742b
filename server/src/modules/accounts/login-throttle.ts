import type { RateLimits } from '../../config';
import { takePoint, type CreateRateLimiter, type RateLimiter } from '../common/rate-limit';

/** How long an address stays "where this user logs in" after a successful login. */
const TRUSTED_FOR_SECONDS = 20 * 24 * 3600; // under 2^31 ms: the in-memory store keeps expiry in a timer
const TOO_MANY = 'Too many login attempts';

export interface LoginAttempt {
  /** The password was right: the attempt gives its points back and the address becomes trusted. */
  succeeded(): Promise<void>;
}

/**
 * Password checks are reserved before they run, so N concurrent attempts cannot pass a budget
 * of five. Three budgets per window:
 * - per username and address: the owner's own budget, which nobody elsewhere can use up;
 * - per username, only from addresses this user never logged in from: a spray across many
 *   addresses is bounded, while the owner, at an address they used before, still gets in;
 * - per address, whatever the username: one address cannot try every name.
 */
export class LoginThrottle {
  private readonly perUserAndAddress: RateLimiter;
  private readonly perUser: RateLimiter;
  private readonly perAddress: RateLimiter;
  private readonly trusted: RateLimiter;

  constructor(limits: RateLimits, createRateLimiter: CreateRateLimiter) {
    const window = limits.loginWindowSeconds;
    this.perUserAndAddress = createRateLimiter('login-user-address', limits.loginAttemptsPerUserAndAddress, window);
    this.perUser = createRateLimiter('login-user', limits.loginAttemptsPerUser, window);
    this.perAddress = createRateLimiter('login-address', limits.loginAttemptsPerAddress, window);
    this.trusted = createRateLimiter('login-trusted', 1, TRUSTED_FOR_SECONDS);
  }

  /** Takes a point from each budget that applies, or throws TOO_MANY_REQUESTS having taken none. */
  async reserve(usernameKey: string, address: string): Promise<LoginAttempt> {
    const pair = `${usernameKey}|${address}`;
    const taken: Array<[RateLimiter, string]> = [];
    const take = async (limiter: RateLimiter, key: string) => {
      await takePoint(limiter, key, TOO_MANY);
      taken.push([limiter, key]);
    };
    try {
      await take(this.perUserAndAddress, pair);
      if (!(await this.trusted.get(pair))) await take(this.perUser, usernameKey);
      await take(this.perAddress, address);
    } catch (error) {
      await Promise.all(taken.map(([limiter, key]) => limiter.reward(key)));
      throw error;
    }
    return {
      succeeded: async () => {
        // The owner's own budget starts afresh; the shared ones only get this attempt's point back.
        await Promise.all(
          taken.map(([limiter, key]) =>
            limiter === this.perUserAndAddress ? limiter.delete(key) : limiter.reward(key),
          ),
        );
        await this.trusted.set(pair, 1, TRUSTED_FOR_SECONDS);
      },
    };
  }
}
