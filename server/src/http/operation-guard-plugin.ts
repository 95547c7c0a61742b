import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLObjectType, OperationTypeNode, type GraphQLSchema } from 'graphql';
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
 * While a query executes, a deadline: a resolver that starts after it fails with OPERATION_TIMEOUT,
 * so even an affordable query that turns out slow ends (see enforceDeadlines).
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
        async executionDidStart({ operation, contextValue }) {
          // A mutation's work is done (and committed) by its root field: failing the fields that
          // describe the result would hide a success. Imports with posters legitimately take longer.
          if (operation.operation === OperationTypeNode.MUTATION) return;
          contextValue.deadline = { at: Date.now() + timeoutMs, ms: timeoutMs };
        },
      };
    },
  };
}

/**
 * Makes every resolver of `schema` check the operation's deadline before it starts (operations
 * without one, such as subscriptions over WebSocket, are not affected). Only fields with a
 * resolver of their own do work worth stopping; plain property reads stay plain, which Apollo's
 * willResolveField hook would not allow: it wraps every field of the schema.
 */
export function enforceDeadlines(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve || type === schema.getSubscriptionType()) continue;
      field.resolve = (source, args, context: Context | undefined, info) => {
        const deadline = context?.deadline;
        if (deadline && Date.now() > deadline.at) {
          throw new GraphQLError(`The operation ran out of time (${deadline.ms} ms)`, {
            extensions: { code: 'OPERATION_TIMEOUT' },
          });
        }
        return resolve(source, args, context, info);
      };
    }
  }
}
