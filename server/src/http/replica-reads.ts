import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { Context } from '../context';

/**
 * With DATABASE_REPLICA_URLS: an anonymous query's catalogue reads go to a replica. Mutations and
 * signed-in viewers stay on the primary, so nobody reads around their own writes.
 */
export function replicaReadsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          contextValue.reads.replica = operation?.operation === OperationTypeNode.QUERY && contextValue.viewer === null;
        },
      };
    },
  };
}
