import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import proxyAddr from 'proxy-addr';
import { graphqlUploadExpress } from 'graphql-upload-ts';
import { createContext, type Context, type Services } from '../context';
import { createFormatError, DomainError, toGraphQLError } from '../modules/common/errors';
import { logger } from '../modules/common/logger';
import { apolloMiddleware } from './apollo-middleware';
import { createAuthenticator } from './authenticate';
import { graphiqlPage } from './graphiql';
import { jsonErrorHandler } from './http-errors';
import { httpMetrics, operationLogPlugin, registerPoolMetrics, requestIds } from './observability';
import { replicaReadsPlugin } from './replica-reads';
import { compiledExecution } from './compiled-execution';
import { compressionWhenAsked } from './compression-when-asked';
import { enforceDeadlines, operationGuardPlugin } from './operation-guard-plugin';
import { createOperationGuard } from './operation-limits';
import { apiSecurityHeaders, graphiqlSecurityHeaders } from './security-headers';
import { startRequestsInTurns } from './turn-admission';
import { serveWebClient } from './web-client';
import { attachWebSocketServer } from './ws-server';

export interface HttpServer {
  httpServer: http.Server;
  listen(port: number, host: string): Promise<number>;
  /** Drains HTTP requests and closes every WebSocket. */
  close(): Promise<void>;
}

/** The transport: one Express app and one WebSocket server on one port, over the services. */
export async function createHttpServer(services: Services, schema: GraphQLSchema): Promise<HttpServer> {
  const { config, orm } = services;
  const app = express();
  app.disable('x-powered-by');
  // res.send would hash every GraphQL answer for an ETag no client revalidates (POST). Static files keep
  // theirs (serve-static); index.html revalidates by Last-Modified.
  app.disable('etag');
  app.set('trust proxy', config.trustProxy);
  // On SQLite a request never yields while it runs (see startRequestsInTurns). On PostgreSQL it
  // does while its statement runs, so turns stay short; there, starting one per turn cost 3-23 %
  // of the throughput (session 13, MyMDB alone, informative).
  const httpServer = http.createServer();
  if (config.database.kind === 'sqlite') startRequestsInTurns(httpServer, app);
  else httpServer.on('request', app);
  // A request that takes longer than this to arrive is dropped (slow-loris), whatever it asks.
  httpServer.requestTimeout = 60_000;
  httpServer.headersTimeout = 20_000;

  const authenticate = createAuthenticator(services.tokens, orm.em);
  const guard = createOperationGuard(schema, config.graphql.limits, config.graphql.introspection);
  const formatError = createFormatError({ fieldSuggestions: config.graphql.fieldSuggestions });
  // Upgrade requests never reach Express: their address is read with Express's own compiled trust setting.
  const trustProxy = app.get('trust proxy fn') as Parameters<typeof proxyAddr>[1];
  const clientAddress = (request: http.IncomingMessage) => proxyAddr(request, trustProxy);
  const websockets = attachWebSocketServer(httpServer, schema, services, {
    authenticate,
    guard,
    formatError,
    clientAddress,
  });
  enforceDeadlines(schema);
  const apollo = new ApolloServer<Context>({
    gateway: compiledExecution(schema, { compileOnUse: config.graphql.compileOnUse }),
    formatError,
    introspection: config.graphql.introspection,
    includeStacktraceInErrorResponses: false,
    // Apollo pretty-prints by default: a third more bytes to build and send on every response.
    stringifyResult: (result) => JSON.stringify(result),
    parseOptions: guard.parseOptions,
    validationRules: guard.validationRules,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: () => websockets.close() }) },
      operationGuardPlugin(guard, config.graphql.limits.timeoutMs),
      operationLogPlugin(services.metrics),
      ...(config.database.kind === 'postgresql' && config.database.replicaUrls?.length ? [replicaReadsPlugin()] : []),
      // We serve our own offline GraphiQL; and per-field cache hints would wrap every resolver for nothing.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  app.use(requestIds(), httpMetrics(services.metrics), apiSecurityHeaders(config));
  // gzip for browsers (the web client's bundle, posters, GraphQL answers over 1 KB); clients that do
  // not ask for it, load generators included, get plain bodies. GraphiQL's page comes gzipped already.
  app.use(compressionWhenAsked({ threshold: 1024 }));
  registerPoolMetrics(services.metrics, orm);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(services.metrics.registry.contentType).send(await services.metrics.registry.metrics());
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      const busProblem = services.chat.bus.problem();
      if (busProblem) {
        res.status(503).json({ status: busProblem });
        return;
      }
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn('readiness check failed', error);
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  if (config.storage.kind === 'local') {
    app.use(
      config.storage.publicPath,
      express.static(config.storage.root, { fallthrough: false, maxAge: '1d', dotfiles: 'deny' }),
    );
  }
  let graphiqlHeaders: express.RequestHandler | undefined;
  if (config.graphql.graphiql) {
    app.get('/graphql', async (req, res, next) => {
      if (req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
      const page = await graphiqlPage();
      graphiqlHeaders ??= graphiqlSecurityHeaders(page);
      graphiqlHeaders(req, res, () => {
        res.type('html').vary('Accept-Encoding');
        if (req.acceptsEncodings('gzip') === 'gzip') res.set('Content-Encoding', 'gzip').send(page.gzipped);
        else res.send(page.html);
      });
    });
  }
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    graphqlUploadExpress({ maxFileSize: config.uploadMaxBytes, maxFiles: 1, maxFieldSize: 1_000_000 }),
    apolloMiddleware(apollo, async ({ req, res }) => {
      try {
        const requestId = res.locals.requestId as string | undefined;
        return createContext(services, await authenticate(req.headers.authorization), req.ip ?? 'unknown', requestId);
      } catch (error) {
        throw error instanceof DomainError ? toGraphQLError(error) : error;
      }
    }),
  );

  if (!serveWebClient(app)) logger.warn('web client not built (npm run build): / serves nothing');
  app.use(jsonErrorHandler);

  let listening = false;
  return {
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          listening = true;
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: async () => {
      if (listening) await apollo.stop();
      else await websockets.close();
    },
  };
}
