import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { graphql } from '../__generated__';
import { SESSION_STORAGE_KEY, type TokenStore } from './token-store';

export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on User {
    id
    username
    isAdmin
  }
`);

export const VIEWER_QUERY = graphql(`
  query Viewer {
    me {
      ...ViewerFields
    }
  }
`);

/** What logging in and signing up both return: the session and whose it is. */
export const SESSION_FIELDS = graphql(`
  fragment SessionFields on AuthPayload {
    token
    expiresAt
    user {
      ...ViewerFields
    }
  }
`);

const LOGIN_MUTATION = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionFields
    }
  }
`);

const SIGNUP_MUTATION = graphql(`
  mutation Signup($input: SignupInput!) {
    signup(input: $input) {
      ...SessionFields
    }
  }
`);

const LOGOUT_MUTATION = graphql(`
  mutation Logout {
    logout
  }
`);

export interface Viewer {
  id: string;
  username: string;
  isAdmin: boolean;
}

interface Auth {
  viewer: Viewer | null;
  /** True until we know whether the stored token is still good. */
  checking: boolean;
  // Plain functions (no `this`): components destructure them.
  login: (username: string, password: string) => Promise<void>;
  signup: (username: string, email: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

/**
 * Who is logged in, from `me`. Logging in or out swaps the token and resets the store, so every
 * query on screen refetches as the new viewer (your rating, your review, admin links).
 */
/**
 * Clears the cache and refetches what is on screen as the new viewer. A refetch torn down by the
 * page it belonged to (logging out on a movie page leaves it) rejects with an abort: expected, not
 * a failure of the login or logout.
 */
function resetQuietly(client: ReturnType<typeof useApolloClient>): Promise<unknown> {
  return client.resetStore().catch(() => undefined);
}

export function AuthProvider({ tokens, children }: { tokens: TokenStore; children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading } = useQuery(VIEWER_QUERY);
  const [loginMutation] = useMutation(LOGIN_MUTATION);
  const [signupMutation] = useMutation(SIGNUP_MUTATION);
  const [logoutMutation] = useMutation(LOGOUT_MUTATION);

  // Another tab logging in or out changes localStorage; follow it.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      // key null: the other tab cleared storage altogether.
      if (event.key === null || event.key === SESSION_STORAGE_KEY) void resetQuietly(client);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [client]);

  const startSession = useCallback(
    async (session: { token: string; expiresAt: string }) => {
      tokens.set(session);
      await resetQuietly(client);
    },
    [client, tokens],
  );

  const auth = useMemo<Auth>(
    () => ({
      viewer: data?.me ?? null,
      checking: loading && !data,
      login: async (username, password) => {
        const { data: result } = await loginMutation({ variables: { input: { username, password } } });
        if (result) await startSession(result.login);
      },
      signup: async (username, email, password) => {
        const { data: result } = await signupMutation({ variables: { input: { username, email, password } } });
        if (result) await startSession(result.signup);
      },
      logout: async () => {
        // Revoke the token server-side; if that fails (offline), still forget it here.
        await logoutMutation().catch(() => undefined);
        tokens.set(null);
        await resetQuietly(client);
      },
    }),
    [data, loading, loginMutation, signupMutation, logoutMutation, startSession, tokens, client],
  );

  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside <AuthProvider>');
  return auth;
}
