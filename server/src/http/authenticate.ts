import type { Em } from '../db/orm';
import { bearerToken, type TokenService } from '../modules/accounts/tokens';
import type { Viewer } from '../modules/accounts/viewer';

export type AuthenticatedViewer = Viewer & { expiresAt: number; tokenVersion: number };

/**
 * One way for HTTP and WebSocket alike to turn an `Authorization` value into a viewer: none for
 * an absent header, UNAUTHENTICATED for a malformed, expired, tampered or revoked token.
 */
export function createAuthenticator(tokens: TokenService, em: Em) {
  return async function authenticate(authorization: string | undefined | null): Promise<AuthenticatedViewer | null> {
    const token = bearerToken(authorization);
    return token ? tokens.viewerFor(em, token) : null;
  };
}

export type Authenticate = ReturnType<typeof createAuthenticator>;
