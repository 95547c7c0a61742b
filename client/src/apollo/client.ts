import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import type { Client } from 'graphql-ws';
import type { TokenStore } from '../auth/token-store';
import { createCache } from './cache';
import { createUploadLink, hasFiles } from './upload-link';
import { createWsClient } from './ws-client';

const GRAPHQL_PATH = '/graphql';

/**
 * Queries and mutations over HTTP (multipart when they carry files), subscriptions over graphql-ws.
 * Every HTTP request carries the current token; a token the server no longer accepts (revoked,
 * expired) is dropped and the request retried once as a guest.
 */
export function createApolloClient(tokens: TokenStore, wsClient: Client = createWsClient(tokens)): ApolloClient {
  const withToken = new SetContextLink((previous) => {
    const token = tokens.get();
    return token
      ? { headers: { ...(previous.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` } }
      : {};
  });
  const dropRejectedToken = new ErrorLink(({ error, operation, forward }) => {
    const rejected =
      CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED' && !e.path);
    const headers = operation.getContext().headers as Record<string, string> | undefined;
    if (!rejected || !headers?.authorization) return;
    tokens.set(null);
    const { authorization: _rejected, ...guestHeaders } = headers;
    operation.setContext({ headers: guestHeaders });
    return forward(operation);
  });
  const http = ApolloLink.split(
    (operation) => hasFiles(operation.variables),
    createUploadLink(GRAPHQL_PATH),
    new HttpLink({ uri: GRAPHQL_PATH }),
  );
  const link = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(wsClient),
    ApolloLink.from([withToken, dropRejectedToken, http]),
  );
  return new ApolloClient({ link, cache: createCache() });
}
