import 'reflect-metadata';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { logger } from './modules/common/logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  const port = await app.start();
  logger.info(`MyMDB is up: http://localhost:${port}/ (GraphQL and GraphiQL at /graphql)`);
  const shutdown = (signal: string) => {
    logger.info(`${signal} received, shutting down`);
    app.stop().then(
      () => process.exit(0),
      (error) => {
        logger.error('shutdown failed', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(error.message);
  else logger.error('failed to start', error);
  process.exit(1);
});
