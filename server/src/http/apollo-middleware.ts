import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Apollo Server as an Express handler: what `@as-integrations/express5` does, written out because
 * it read each request's query string with Node's legacy `url.parse` (deprecated since Node 24,
 * DEP0169), which was the largest single function in a profile of the details query: 5.6 % of the
 * server's CPU. The rest follows Apollo's guide to building an integration.
 */
export function apolloMiddleware<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  context: (request: { req: Request; res: Response }) => Promise<TContext>,
): RequestHandler {
  server.assertStarted('apolloMiddleware()');
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: req.method.toUpperCase(),
      headers,
      search: searchOf(req.url),
      // Set by the JSON (or multipart) body parser ahead of this handler; a GET has none.
      body: req.body as unknown,
    };
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: () => context({ req, res }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.send(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) {
      res.write(chunk);
      // compression buffers otherwise: an incremental answer goes out part by part.
      (res as Response & { flush?: () => void }).flush?.();
    }
    res.end();
  };
}

/** The query string of a request target, with its "?" ("" when none), as url.parse's `search`. */
export function searchOf(target: string): string {
  const hash = target.indexOf('#');
  const path = hash === -1 ? target : target.slice(0, hash);
  const question = path.indexOf('?');
  return question === -1 ? '' : path.slice(question);
}
