import type { Em } from '../../db/orm';
import { badInput, DomainError, forbidden, unauthenticated } from '../common/errors';
import type { RateLimits } from '../../config';
import { takePoint, type CreateRateLimiter, type RateLimiter } from '../common/rate-limit';
import { LoginThrottle } from './login-throttle';
import { burnVerification, hashPassword, verifyPassword } from './password-hash';
import { assertAcceptablePassword } from './password-policy';
import type { TokenService } from './tokens';
import { User } from './user.entity';
import { normalizeUsername, usernameKey, usernameSkeleton } from './username';

const USERNAME = /^[\p{L}\p{N}_.@+-]{3,150}$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface Session {
  token: string;
  user: User;
  expiresAt: Date;
}

/** Told when a user's tokens stop being valid, so open sockets can be closed everywhere. */
export type RevocationListener = (userId: number, tokenVersion: number) => Promise<void> | void;

export class AccountsService {
  private readonly throttle: LoginThrottle;
  private readonly signups: RateLimiter;
  private readonly revocationListeners: RevocationListener[] = [];

  constructor(
    private readonly tokens: TokenService,
    limits: RateLimits,
    createLimiter: CreateRateLimiter,
  ) {
    this.throttle = new LoginThrottle(limits, createLimiter);
    this.signups = createLimiter('signup-address', limits.signupsPerAddressPerHour, 3600);
  }

  onRevocation(listener: RevocationListener): void {
    this.revocationListeners.push(listener);
  }

  /** Limits new accounts per client address; the CLI (create-admin) does not pass through here. */
  async signupFrom(
    em: Em,
    input: { username: string; email: string; password: string },
    clientIp: string,
  ): Promise<Session> {
    await takePoint(this.signups, clientIp, 'Too many new accounts from this address');
    return this.signup(em, input);
  }

  async signup(em: Em, input: { username: string; email: string; password: string }): Promise<Session> {
    const username = normalizeUsername(input.username);
    const email = input.email.trim().toLowerCase();
    if (!USERNAME.test(username)) {
      throw badInput('username', 'Username must be 3-150 letters, digits or _ . @ + -');
    }
    if (email.length > 254 || !EMAIL.test(email)) throw badInput('email', 'Enter a valid email address');
    assertAcceptablePassword(input.password, { username, email });
    const skeleton = usernameSkeleton(username);
    if (await em.count(User, { usernameSkeleton: skeleton }))
      throw badInput('username', 'That username is taken (or looks like one that is)');
    const user = em.create(User, {
      username,
      usernameKey: usernameKey(username),
      usernameSkeleton: skeleton,
      email,
      passwordHash: await hashPassword(input.password),
    });
    try {
      await em.persistAndFlush(user);
    } catch (error) {
      if ((error as Error).name === 'UniqueConstraintViolationException') {
        const taken = await em
          .fork()
          .count(User, { $or: [{ usernameKey: usernameKey(username) }, { usernameSkeleton: skeleton }] });
        throw taken
          ? badInput('username', 'That username is taken')
          : badInput('email', 'An account with that email already exists');
      }
      throw error;
    }
    return this.sessionFor(user);
  }

  /**
   * The same answer for an unknown user and a wrong password. Each attempt is reserved in the
   * throttle before the password is checked (see LoginThrottle).
   */
  async login(em: Em, input: { username: string; password: string }, clientIp: string): Promise<Session> {
    const key = usernameKey(input.username);
    const attempt = await this.throttle.reserve(key, clientIp);
    const user = await em.findOne(User, { usernameKey: key });
    const valid = user
      ? await verifyPassword(user.passwordHash, input.password)
      : (await burnVerification(input.password), false);
    if (!user || !valid) throw unauthenticated('Wrong username or password');
    await attempt.succeeded();
    if (!user.isActive) throw forbidden('This account has been deactivated');
    return this.sessionFor(user);
  }

  /** Revokes every token issued so far to this user. */
  async logout(em: Em, userId: number): Promise<void> {
    const user = await em.findOneOrFail(User, userId);
    await this.revokeSessions(em, user);
  }

  /**
   * Every token issued so far stops working: HTTP at once (the version is checked per request),
   * open sockets on every instance through the listeners (the chat bus).
   */
  async revokeSessions(em: Em, user: User): Promise<void> {
    user.tokenVersion += 1;
    await em.flush();
    await this.announceRevocation(user);
  }

  /** Tells the listeners that tokens older than the user's current version are void (already stored). */
  async announceRevocation(user: Pick<User, 'id' | 'tokenVersion'>): Promise<void> {
    for (const listener of this.revocationListeners) await listener(user.id, user.tokenVersion);
  }

  /** Makes an admin, or promotes an existing user (like Django's createsuperuser). */
  async ensureAdmin(
    em: Em,
    input: { username: string; email?: string; password?: string },
  ): Promise<{ user: User; created: boolean }> {
    const existing = await em.findOne(User, { usernameKey: usernameKey(input.username) });
    if (existing) {
      existing.isAdmin = true;
      if (input.password) {
        assertAcceptablePassword(input.password, existing);
        existing.passwordHash = await hashPassword(input.password);
        await this.revokeSessions(em, existing);
      }
      await em.flush();
      return { user: existing, created: false };
    }
    if (!input.password) throw new DomainError('BAD_USER_INPUT', 'A new admin needs a password', { field: 'password' });
    const { user } = await this.signup(em, {
      username: input.username,
      email: input.email ?? `${input.username.toLowerCase()}@admin.invalid`,
      password: input.password,
    });
    user.isAdmin = true;
    await em.flush();
    return { user, created: true };
  }

  private sessionFor(user: User): Session {
    const token = this.tokens.issue(user);
    const expiresAt = new Date(this.tokens.decode(token).exp * 1000);
    return { token, user, expiresAt };
  }
}
