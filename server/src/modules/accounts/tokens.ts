import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { Em } from '../../db/orm';
import type { Viewer } from './viewer';
import { unauthenticated } from '../common/errors';
import type { User } from './user.entity';
import type { UserTokenReader } from './user-token-reader';

const ALGORITHM = 'HS256';

interface TokenClaims {
  sub: string;
  /** The user's token version when issued; logout bumps it, revoking every older token. */
  ver: number;
}

/** Verified tokens kept, so a client's every request does not re-verify the same signature. */
const VERIFIED_CACHE_SIZE = 10_000;

export class TokenService {
  /** Made once: given a string, jsonwebtoken re-parses it as a public key (and fails) on every verify. */
  private readonly key: KeyObject;
  /**
   * Token text -> its claims, once the signature checked out. A signature's validity never
   * changes, so this is safe; expiry is re-checked on every use and revocation is checked in the
   * database by viewerFor().
   */
  private readonly verified = new Map<string, TokenClaims & { exp: number }>();

  constructor(
    secret: string,
    private readonly expiresIn: string,
    private readonly readUser: UserTokenReader,
  ) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  issue(user: Pick<User, 'id' | 'tokenVersion'>): string {
    const claims: TokenClaims = { sub: String(user.id), ver: user.tokenVersion };
    const expiresIn = /^\d+$/.test(this.expiresIn) ? Number(this.expiresIn) : this.expiresIn;
    return jwt.sign(claims, this.key, { algorithm: ALGORITHM, expiresIn: expiresIn as jwt.SignOptions['expiresIn'] });
  }

  /** Claims of a well-signed, unexpired token; HS256 only, so `alg: none` and key confusion are refused. */
  decode(token: string): TokenClaims & { exp: number } {
    const known = this.verified.get(token);
    if (known && known.exp * 1000 > Date.now()) return known;
    if (known) this.verified.delete(token);
    const claims = this.verify(token);
    if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, claims);
    return claims;
  }

  private verify(token: string): TokenClaims & { exp: number } {
    try {
      const claims = jwt.verify(token, this.key, { algorithms: [ALGORITHM] }) as jwt.JwtPayload;
      if (
        typeof claims.sub !== 'string' ||
        !/^\d+$/.test(claims.sub) ||
        typeof claims.ver !== 'number' ||
        typeof claims.exp !== 'number'
      ) {
        throw new Error('unexpected claims');
      }
      return claims as TokenClaims & { exp: number };
    } catch (error) {
      const expired = error instanceof jwt.TokenExpiredError;
      throw unauthenticated(expired ? 'Your session has expired; log in again' : 'Invalid token; log in again');
    }
  }

  /**
   * The viewer a token proves, checked against the database so revoked tokens stop working at once.
   * A raw read, outside any unit of work: callers may pass the root entity manager, no fork needed.
   */
  async viewerFor(em: Em, token: string): Promise<Viewer & { expiresAt: number; tokenVersion: number }> {
    const claims = this.decode(token);
    // Every authenticated request passes here: one indexed read, no entity hydration.
    const user = await this.readUser(em, Number(claims.sub));
    if (!user || Number(user.token_version) !== claims.ver)
      throw unauthenticated('This token has been revoked; log in again');
    return {
      id: Number(user.id),
      username: user.username,
      isAdmin: user.is_admin === true || user.is_admin === 1,
      expiresAt: claims.exp * 1000,
      tokenVersion: claims.ver,
    };
  }
}

/** The token from an `Authorization: Bearer …` header (or a graphql-ws connectionParams value). */
export function bearerToken(header: string | undefined | null): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw unauthenticated('Authorization must be "Bearer <token>"');
  return match[1];
}
