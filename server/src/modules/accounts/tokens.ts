import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { Em } from '../../db/orm';
import type { Viewer } from '../../context';
import { unauthenticated } from '../common/errors';
import type { User } from './user.entity';

const ALGORITHM = 'HS256';

interface TokenClaims {
  sub: string;
  /** The user's token version when issued; logout bumps it, revoking every older token. */
  ver: number;
}

export class TokenService {
  /** Made once: given a string, jsonwebtoken re-parses it as a public key (and fails) on every verify. */
  private readonly key: KeyObject;

  constructor(
    secret: string,
    private readonly expiresIn: string,
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
    try {
      const claims = jwt.verify(token, this.key, { algorithms: [ALGORITHM] }) as jwt.JwtPayload;
      if (typeof claims.sub !== 'string' || !/^\d+$/.test(claims.sub) || typeof claims.ver !== 'number' || typeof claims.exp !== 'number') {
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
  async viewerFor(em: Em, token: string): Promise<Viewer & { expiresAt: number }> {
    const claims = this.decode(token);
    // Every authenticated request passes here: one indexed read, no entity hydration.
    const user: { id: number; username: string; is_admin: boolean | number; token_version: number } | undefined = await em
      .getKnex()('app_user')
      .select('id', 'username', 'is_admin', 'token_version')
      .where('id', Number(claims.sub))
      .first();
    if (!user || Number(user.token_version) !== claims.ver) throw unauthenticated('This token has been revoked; log in again');
    return { id: Number(user.id), username: user.username, isAdmin: user.is_admin === true || user.is_admin === 1, expiresAt: claims.exp * 1000 };
  }
}

/** The token from an `Authorization: Bearer …` header (or a graphql-ws connectionParams value). */
export function bearerToken(header: string | undefined | null): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw unauthenticated('Authorization must be "Bearer <token>"');
  return match[1];
}
