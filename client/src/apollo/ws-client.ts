import { createClient, type Client } from 'graphql-ws';
import type { TokenStore } from '../auth/token-store';

const MAX_RETRY_WAIT_MS = 8_000;

/**
 * The subscription socket (same origin and path as HTTP). It connects lazily with the current
 * token, retries forever with capped backoff, and restarts when the token changes so the server
 * sees the new identity. Subscriptions survive a restart: graphql-ws re-subscribes them.
 */
export function createWsClient(tokens: TokenStore, url = defaultUrl()): Client {
  const client = createClient({
    url,
    lazy: true,
    connectionParams: () => {
      const token = tokens.get();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) =>
      new Promise((resolve) =>
        setTimeout(resolve, Math.min(MAX_RETRY_WAIT_MS, 500 * 2 ** retries) + Math.random() * 300),
      ),
  });
  tokens.subscribe(() => client.terminate());
  return client;
}

function defaultUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
}
