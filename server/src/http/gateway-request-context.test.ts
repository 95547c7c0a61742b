import {
  HeaderMap,
  type ApolloServer,
  type BaseContext,
  type GraphQLRequestContextExecutionDidStart,
} from '@apollo/server';
import { parse } from 'graphql';
import { APOLLO_MODULE, installGatewayRequestContext, makeGatewayRequestContext } from './gateway-request-context';

type Make = typeof makeGatewayRequestContext;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const apollo = require(APOLLO_MODULE) as { makeGatewayGraphQLRequestContext: Make };
const apollosOwn = apollo.makeGatewayGraphQLRequestContext;

/** A request context as Apollo's pipeline has it when execution starts. */
function requestContext() {
  const document = parse('query Greet { greet }');
  return {
    request: {
      query: 'query Greet { greet }',
      operationName: 'Greet',
      variables: { times: 2 },
      extensions: { trace: true },
      http: { method: 'POST', search: 'a=1', headers: new HeaderMap([['x-one', '1']]), body: null },
    },
    response: {
      http: { headers: new HeaderMap([['cache-control', 'no-store']]), status: undefined as number | undefined },
    },
    schema: {},
    contextValue: { who: 'ada' },
    queryHash: 'hash',
    document,
    source: 'query Greet { greet }',
    operationName: 'Greet',
    operation: document.definitions[0],
    errors: undefined,
    metrics: { captureTraces: false },
    overallCachePolicy: { maxAge: 5 },
    requestIsBatched: false,
  } as unknown as GraphQLRequestContextExecutionDidStart<BaseContext>;
}
const server = {
  logger: { info: () => undefined },
  cache: { get: () => undefined },
} as unknown as ApolloServer<BaseContext>;
const internals = { includeStacktraceInErrorResponses: false };

describe('the request context Apollo makes for a gateway', () => {
  it('is built by our function once installed', () => {
    expect(installGatewayRequestContext()).toBe(true);
    expect(apollo.makeGatewayGraphQLRequestContext).toBe(makeGatewayRequestContext);
    expect(apollosOwn).not.toBe(makeGatewayRequestContext);
  });

  it('holds what Apollo’s holds, and writes headers and status through to Apollo’s response', () => {
    const theirs = apollosOwn(requestContext(), server, internals);
    const source = requestContext();
    const ours = makeGatewayRequestContext(source, server, internals);
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    for (const key of Object.keys(theirs) as Array<keyof typeof theirs>) {
      if (key === 'request' || key === 'response' || key === 'document' || key === 'operation') continue;
      expect([key, ours[key]]).toEqual([key, theirs[key]]);
    }
    expect(ours.document).toBe(source.document);
    expect(ours.context).toBe(source.contextValue);
    const { http: theirHttp, ...theirRequest } = theirs.request;
    const { http: ourHttp, ...ourRequest } = ours.request;
    expect(ourRequest).toEqual(theirRequest);
    expect([ourHttp?.method, ourHttp?.url]).toEqual([theirHttp?.method, theirHttp?.url]);
    expect([...ourHttp!.headers]).toEqual([...theirHttp!.headers]);
    expect(ourHttp!.headers.get('x-one')).toBe('1');
    ourHttp!.headers.append('x-one', '2');
    expect(source.request.http!.headers.get('x-one')).toBe('1, 2');

    const ourResponse = ours.response!.http!;
    expect(ourResponse.status).toBeUndefined();
    ourResponse.status = 203;
    expect(source.response.http.status).toBe(203);
    expect(ourResponse.status).toBe(203);
    ourResponse.headers.set('x-two', 'b');
    expect(source.response.http.headers.get('x-two')).toBe('b');
    expect(ourResponse.headers.has('cache-control')).toBe(true);
  });

  it('keeps its status accessors on a prototype, not on each object (see the module comment)', () => {
    const theirs = apollosOwn(requestContext(), server, internals).response!.http!;
    const ours = makeGatewayRequestContext(requestContext(), server, internals).response!.http!;
    expect(typeof Object.getOwnPropertyDescriptor(theirs, 'status')?.get).toBe('function');
    expect(Object.getOwnPropertyDescriptor(ours, 'status')).toBeUndefined();
    expect(typeof Object.getOwnPropertyDescriptor(Object.getPrototypeOf(ours), 'status')?.get).toBe('function');
  });
});
