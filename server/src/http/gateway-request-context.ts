import path from 'node:path';
import type { ApolloServer, BaseContext, GraphQLRequestContextExecutionDidStart, HeaderMap } from '@apollo/server';
import type { GatewayGraphQLRequestContext, GatewaySchemaHash } from '@apollo/server-gateway-interface';
import { logger } from '../modules/common/logger';

/**
 * Apollo Server builds, for every operation a gateway executes, a request context whose
 * `response.http` is an object literal with a getter and a setter for `status`, both closing over
 * Apollo's whole request context. What such getters capture survives V8's young-generation
 * collections until a full one: every operation's context, document and result was promoted
 * (with pagination's own literal gone too, young-generation survival went from 19-20 % to 8-9 %
 * under the peers bench's list). This builds the same object from classes, and
 * `installGatewayRequestContext` puts it in place of Apollo's function (its CommonJS build looks
 * the function up on its module at every call). Apollo has no option for it; the test compares the
 * two and fails when Apollo's internals move.
 */
type MakeGatewayRequestContext = (
  requestContext: GraphQLRequestContextExecutionDidStart<BaseContext>,
  server: ApolloServer<BaseContext>,
  internals: { includeStacktraceInErrorResponses: boolean },
) => GatewayGraphQLRequestContext;

/** Apollo's module that holds the function, found from the package's own entry point. */
export const APOLLO_MODULE = path.join(
  path.dirname(require.resolve('@apollo/server')),
  'utils',
  'makeGatewayGraphQLRequestContext.js',
);

/** The Fetch API's Headers over Apollo's HeaderMap, as Apollo's own adapter does. */
class FetcherHeaders {
  constructor(private readonly map: HeaderMap) {}
  append(name: string, value: string): void {
    const existing = this.map.get(name);
    this.map.set(name, existing === undefined ? value : `${existing}, ${value}`);
  }
  delete(name: string): void {
    this.map.delete(name);
  }
  get(name: string): string | null {
    return this.map.get(name) ?? null;
  }
  has(name: string): boolean {
    return this.map.has(name);
  }
  set(name: string, value: string): void {
    this.map.set(name, value);
  }
  entries(): Iterator<[string, string]> {
    return this.map.entries();
  }
  keys(): Iterator<string> {
    return this.map.keys();
  }
  values(): Iterator<string> {
    return this.map.values();
  }
  [Symbol.iterator](): Iterator<[string, string]> {
    return this.map.entries();
  }
}

/** `response.http`: headers and a status read and written through to Apollo's response. */
class GatewayResponseHttp {
  readonly headers: FetcherHeaders;
  constructor(private readonly response: { http: { headers: HeaderMap; status?: number } }) {
    this.headers = new FetcherHeaders(response.http.headers);
  }
  get status(): number | undefined {
    return this.response.http.status;
  }
  set status(status: number | undefined) {
    this.response.http.status = status;
  }
}

export const makeGatewayRequestContext: MakeGatewayRequestContext = (requestContext, server, internals) => {
  const source = requestContext.request;
  const request: GatewayGraphQLRequestContext['request'] = {};
  if ('query' in source) request.query = source.query;
  if ('operationName' in source) request.operationName = source.operationName;
  if ('variables' in source) request.variables = source.variables;
  if ('extensions' in source) request.extensions = source.extensions;
  if (source.http) {
    const { search } = source.http;
    const question = search !== '' && !search.startsWith('?') ? '?' : '';
    request.http = {
      method: source.http.method,
      url: `https://unknown-url.invalid/${question}${search}`,
      headers: new FetcherHeaders(source.http.headers),
    };
  }
  return {
    request,
    response: { http: new GatewayResponseHttp(requestContext.response) },
    logger: server.logger,
    schema: requestContext.schema,
    schemaHash: 'schemaHash no longer exists since Apollo Server 4' as GatewaySchemaHash,
    context: requestContext.contextValue,
    cache: server.cache,
    queryHash: requestContext.queryHash,
    document: requestContext.document,
    source: requestContext.source,
    operationName: requestContext.operationName,
    operation: requestContext.operation,
    errors: requestContext.errors,
    metrics: requestContext.metrics,
    debug: internals.includeStacktraceInErrorResponses,
    overallCachePolicy: requestContext.overallCachePolicy,
    requestIsBatched: requestContext.requestIsBatched,
  } as GatewayGraphQLRequestContext;
};

/** Puts `makeGatewayRequestContext` in place of Apollo's; false (and a warning) if Apollo's was not found. */
export function installGatewayRequestContext(): boolean {
  let apollo: { makeGatewayGraphQLRequestContext?: MakeGatewayRequestContext } | undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    apollo = require(APOLLO_MODULE) as typeof apollo;
  } catch {
    apollo = undefined;
  }
  if (typeof apollo?.makeGatewayGraphQLRequestContext !== 'function') {
    logger.warn('Apollo Server no longer has makeGatewayGraphQLRequestContext: its own request context is used', {
      module: APOLLO_MODULE,
    });
    return false;
  }
  apollo.makeGatewayGraphQLRequestContext = makeGatewayRequestContext;
  return true;
}
