import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  getVariableValues,
  OperationTypeNode,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { installGatewayRequestContext } from './gateway-request-context';

export interface CompiledExecutionOptions {
  /** A document is compiled on its n-th execution; before that (and for one-off documents) graphql-js runs it. */
  compileOnUse: number;
  /** Compiled operations kept; the least recently used are dropped. */
  maxCompiled: number;
}

const DEFAULTS: CompiledExecutionOptions = { compileOnUse: 2, maxCompiled: 500 };

/** One compiled operation, or why it could not be (then graphql-js keeps running it). */
type Compiled = CompiledQuery | 'not compilable';

/**
 * Queries that clients send again and again are compiled by graphql-jit into plain functions
 * (field reads inlined, arguments coerced once, no per-field bookkeeping): on a page of 25 movies
 * graphql-js's execution took 13 % of the server's CPU, compiled code 2 %. Compiling costs more
 * than one execution, so by default a document is compiled on its second use; one-off documents,
 * and the few graphql-jit cannot compile, run on graphql-js.
 *
 * Apollo Server lets only a gateway replace execution, so this is a gateway over our own schema:
 * Apollo keeps parsing, validation and their caches, every plugin hook (except willResolveField,
 * which would wrap every field again: see enforceDeadlines) and error formatting. The request
 * context Apollo makes for a gateway is built our way (see gateway-request-context).
 */
export function compiledExecution(schema: GraphQLSchema, options: Partial<CompiledExecutionOptions> = {}) {
  const { compileOnUse, maxCompiled } = { ...DEFAULTS, ...options };
  installGatewayRequestContext();
  // Keyed by Apollo's parsed document: the same object for the same query text while Apollo caches it.
  const uses = new WeakMap<DocumentNode, number>();
  const compiled = new LRUCache<DocumentNode, Map<string, Compiled>>({ max: maxCompiled });

  function compiledFor(document: DocumentNode, operationName: string | undefined): Compiled | undefined {
    const byOperation = compiled.get(document);
    const known = byOperation?.get(operationName ?? '');
    if (known) return known;
    const used = (uses.get(document) ?? 0) + 1;
    uses.set(document, used);
    if (used < compileOnUse) return undefined;
    const result = compileQuery(schema, document, operationName);
    const entry: Compiled = isCompiledQuery(result) ? result : 'not compilable';
    compiled.set(document, (byOperation ?? new Map<string, Compiled>()).set(operationName ?? '', entry));
    return entry;
  }

  const executor: GatewayExecutor = async ({ document, request, context, operation, operationName }) => {
    const variables = request.variables ?? {};
    // Queries only: a mutation's cost is its writes, and its file uploads are promises that
    // graphql-jit's own variable coercion does not take.
    const compiledOperation =
      operation.operation === OperationTypeNode.QUERY ? compiledFor(document, operationName ?? undefined) : undefined;
    if (!compiledOperation || compiledOperation === 'not compilable')
      return execute({ schema, document, contextValue: context, variableValues: variables, operationName });
    // Variables are checked by graphql-js first: its errors are worded and located the way clients
    // (and Apollo's BAD_USER_INPUT mapping) expect, and a custom scalar's refusal (Upload) is one of them.
    if (operation.variableDefinitions?.length) {
      const coerced = getVariableValues(schema, operation.variableDefinitions, variables);
      if (coerced.errors) return { errors: coerced.errors };
    }
    return (await compiledOperation.query(undefined, context, variables)) as ExecutionResult;
  };

  const gateway: GatewayInterface = {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
  };
  return gateway;
}
