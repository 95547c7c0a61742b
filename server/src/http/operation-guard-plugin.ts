import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';
import type { Context } from '../context';
import { assertCleanInput } from './input-hygiene';
import type { OperationGuard } from './operation-limits';

/** Refusals before execution are the client's fault: 400, not 500. */
function asBadRequest(error: unknown): never {
  if (error instanceof GraphQLError) {
    throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
  }
  throw error;
}

/**
 * Over HTTP, once the operation is parsed and validated (depth, aliases, directives, tokens are
 * validation and parse limits) and before anything executes: its cost and its string inputs.
 * While a query executes, a deadline: a field that starts after it fails with OPERATION_TIMEOUT,
 * so even an affordable query that turns out slow ends.
 */
export function operationGuardPlugin(guard: OperationGuard, timeoutMs: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          try {
            guard.assertAffordable(document, request.variables, operationName);
            assertCleanInput(document, request.variables);
          } catch (error) {
            asBadRequest(error);
          }
        },
        async executionDidStart({ operation }) {
          // A mutation's work is done (and committed) by its root field: failing the fields that
          // describe the result would hide a success. Imports with posters legitimately take longer.
          if (operation.operation === OperationTypeNode.MUTATION) return;
          const deadline = Date.now() + timeoutMs;
          return {
            willResolveField() {
              if (Date.now() > deadline) {
                throw new GraphQLError(`The operation ran out of time (${timeoutMs} ms)`, {
                  extensions: { code: 'OPERATION_TIMEOUT' },
                });
              }
            },
          };
        },
      };
    },
  };
}
