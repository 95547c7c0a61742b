import type { ApolloLink } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { createCache } from '../src/apollo/cache';
import { AuthProvider, VIEWER_QUERY } from '../src/auth/auth';
import { TokenStore } from '../src/auth/token-store';

export const MEMBER = { __typename: 'User' as const, id: '7', username: 'rick', isAdmin: false };

/** The answer to the auth provider's `me` query: logged in as MEMBER, or a guest. */
export function viewerMock(viewer: typeof MEMBER | null = MEMBER): MockLink.MockedResponse {
  return { request: { query: VIEWER_QUERY }, result: { data: { me: viewer } } };
}

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

function CurrentPath() {
  const location = useLocation();
  return <output data-testid="path">{location.pathname + location.search}</output>;
}

/**
 * A component with the app's real cache policies, an auth provider and a router, against mocked
 * operations (or a given link). The current URL is rendered into `data-testid="path"`.
 */
export function renderWithApollo(
  ui: ReactNode,
  {
    mocks = [],
    link,
    path = '/',
    route = '*',
  }: { mocks?: MockLink.MockedResponse[]; link?: ApolloLink; path?: string; route?: string } = {},
): RenderResult {
  return render(
    <MockedProvider mocks={mocks} link={link} cache={createCache()}>
      <AuthProvider tokens={new TokenStore(memoryStorage())}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={route} element={ui} />
            <Route path="*" element={null} />
          </Routes>
          <CurrentPath />
        </MemoryRouter>
      </AuthProvider>
    </MockedProvider>,
  );
}
