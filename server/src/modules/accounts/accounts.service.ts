import type { Em } from '../../db/orm';
import { badInput, DomainError, unauthenticated } from '../common/errors';
import { collapseSpaces } from '../catalogue/names';
import { LoginThrottle } from './login-throttle';
import { burnVerification, hashPassword, verifyPassword } from './password-hash';
import { assertAcceptablePassword } from './password-policy';
import type { TokenService } from './tokens';
import { User } from './user.entity';

const USERNAME = /^[\p{L}\p{N}_.@+-]{3,150}$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface Session {
  token: string;
  user: User;
  expiresAt: Date;
}

export class AccountsService {
  readonly throttle = new LoginThrottle();

  constructor(private readonly tokens: TokenService) {}

  async signup(em: Em, input: { username: string; email: string; password: string }): Promise<Session> {
    const username = collapseSpaces(input.username);
    const email = input.email.trim().toLowerCase();
    if (!USERNAME.test(username)) {
      throw badInput('username', 'Username must be 3-150 letters, digits or _ . @ + -');
    }
    if (email.length > 254 || !EMAIL.test(email)) throw badInput('email', 'Enter a valid email address');
    assertAcceptablePassword(input.password, { username, email });
    const user = em.create(User, {
      username,
      usernameKey: username.toLowerCase(),
      email,
      passwordHash: await hashPassword(input.password),
    });
    try {
      await em.persistAndFlush(user);
    } catch (error) {
      if ((error as Error).name === 'UniqueConstraintViolationException') {
        const taken = await em.fork().findOne(User, { usernameKey: username.toLowerCase() });
        throw taken ? badInput('username', 'That username is taken') : badInput('email', 'An account with that email already exists');
      }
      throw error;
    }
    return this.sessionFor(user);
  }

  /** The same answer for an unknown user and a wrong password; failures are throttled per username and address. */
  async login(em: Em, input: { username: string; password: string }, clientIp: string): Promise<Session> {
    const usernameKey = collapseSpaces(input.username).toLowerCase();
    const keys = [`user:${usernameKey}`, `ip:${clientIp}`];
    this.throttle.assertAllowed(keys);
    const user = await em.findOne(User, { usernameKey });
    const valid = user ? await verifyPassword(user.passwordHash, input.password) : (await burnVerification(input.password), false);
    if (!user || !valid) {
      this.throttle.recordFailure(keys);
      throw unauthenticated('Wrong username or password');
    }
    this.throttle.recordSuccess(keys);
    return this.sessionFor(user);
  }

  /** Revokes every token issued so far to this user. */
  async logout(em: Em, userId: number): Promise<void> {
    const user = await em.findOneOrFail(User, userId);
    user.tokenVersion += 1;
    await em.flush();
  }

  /** Makes an admin, or promotes an existing user (like Django's createsuperuser). */
  async ensureAdmin(em: Em, input: { username: string; email?: string; password?: string }): Promise<{ user: User; created: boolean }> {
    const existing = await em.findOne(User, { usernameKey: collapseSpaces(input.username).toLowerCase() });
    if (existing) {
      existing.isAdmin = true;
      if (input.password) {
        assertAcceptablePassword(input.password, existing);
        existing.passwordHash = await hashPassword(input.password);
        existing.tokenVersion += 1;
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
