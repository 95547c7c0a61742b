import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { graphqlUploadExpress } from 'graphql-upload-ts';
import type { AppConfig } from './config';
import { createContext, type Context, type Services } from './context';
import { migrate } from './db/migrate';
import { createOrm, type Orm, type OrmOptions } from './db/orm';
import { DomainError, formatError, toGraphQLError } from './modules/common/errors';
import { jsonErrorHandler } from './modules/common/http-errors';
import { logger } from './modules/common/logger';
import { AccountsService } from './modules/accounts/accounts.service';
import { resolveJwtSecret } from './modules/accounts/jwt-secret';
import { bearerToken, TokenService } from './modules/accounts/tokens';
import { createUserTokenReader } from './modules/accounts/user-token-reader';
import { MovieImporter } from './modules/import/importer.service';
import { createStorage } from './modules/storage/storage';
import { createSchema } from './schema';
import type { ChatBus } from './modules/chat/bus/chat-bus';
import { InProcessBus } from './modules/chat/bus/in-process-bus';
import { ChatService } from './modules/chat/chat.service';
import { PresenceService } from './modules/chat/presence.service';
import { BotService } from './modules/bot/bot.service';
import { attachWebSocketServer } from './modules/chat/ws-server';
import { seedDemoCatalogue } from './seeders/demo-seeder';
import { graphiqlPage } from './graphiql';
import { serveWebClient } from './web-client';

export interface App {
  httpServer: http.Server;
  services: Services;
  /** Listens and resolves with the bound port (0 picks a free one). */
  start(port?: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

export type AppOptions = OrmOptions;

/** Kafka when KAFKA_BROKERS is set (loaded only then), else the in-process bus. Not started yet. */
async function createChatBus(config: AppConfig, orm: Orm): Promise<ChatBus> {
  if (!config.kafka) return new InProcessBus(orm);
  const { KafkaBus } = await import('./modules/chat/bus/kafka-bus');
  return new KafkaBus(config.kafka);
}

/** Builds everything and listens on nothing: tests and the CLI decide when to start. */
export async function createApp(config: AppConfig, options: AppOptions = {}): Promise<App> {
  logger.setLevel(config.logLevel);
  const orm = await createOrm(config.database, options);
  await migrate(orm);
  const storage = await createStorage(config.storage);
  const tokens = new TokenService(
    resolveJwtSecret(config.jwt.secret, config.dataDir),
    config.jwt.expiresIn,
    await createUserTokenReader(orm),
  );
  const bus = await createChatBus(config, orm);
  // Presence listens before the bus starts: on Kafka, the first fetch replays recent snapshots.
  const presence = new PresenceService(bus, config.chat.presenceHeartbeatMs);
  await bus.start();
  presence.start();
  const services: Services = {
    config,
    orm,
    storage,
    importer: new MovieImporter(orm, storage),
    tokens,
    accounts: new AccountsService(tokens),
    chat: new ChatService(bus, config.chat.maxMessageLength, presence),
    bot: await BotService.create(config.bot),
  };
  if (config.seedDemo) await seedDemoCatalogue(services);

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const schema = await createSchema();
  const websockets = attachWebSocketServer(httpServer, schema, services);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: () => websockets.close() }) },
      // We serve our own offline GraphiQL; and per-field cache hints would wrap every resolver for nothing.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn('readiness check failed', error);
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  if (config.storage.kind === 'local') {
    app.use(config.storage.publicPath, express.static(config.storage.root, { fallthrough: false, maxAge: '1d', dotfiles: 'deny' }));
  }
  app.get('/graphql', async (req, res, next) => {
    if (req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    const page = await graphiqlPage();
    res.type('html').vary('Accept-Encoding');
    if (req.acceptsEncodings('gzip') === 'gzip') res.set('Content-Encoding', 'gzip').send(page.gzipped);
    else res.send(page.html);
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    graphqlUploadExpress({ maxFileSize: config.uploadMaxBytes, maxFiles: 1 }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const clientIp = req.ip ?? 'unknown';
        try {
          const token = bearerToken(req.headers.authorization);
          const viewer = token ? await tokens.viewerFor(orm.em, token) : null;
          return createContext(services, viewer, clientIp);
        } catch (error) {
          throw error instanceof DomainError ? toGraphQLError(error) : error;
        }
      },
    }),
  );

  if (!serveWebClient(app)) logger.warn('web client not built (npm run build): / serves nothing');
  app.use(jsonErrorHandler);

  let listening = false;
  return {
    httpServer,
    services,
    start: (port = config.port, host = config.host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          listening = true;
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: async () => {
      if (listening) await apollo.stop();
      else await websockets.close();
      await presence.stop();
      await bus.stop();
      await orm.close();
    },
  };
}
