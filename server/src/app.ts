import type http from 'node:http';
import type { AppConfig } from './config';
import type { Services } from './context';
import type { OrmOptions } from './db/orm';
import { createHttpServer } from './http/http-server';
import { createSchema } from './schema';
import { buildServices } from './services';

export interface App {
  httpServer: http.Server;
  services: Services;
  /** Listens and resolves with the bound port (0 picks a free one). */
  start(port?: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

export type AppOptions = OrmOptions;

/** Builds everything and listens on nothing: tests and the CLI decide when to start. */
export async function createApp(config: AppConfig, options: AppOptions = {}): Promise<App> {
  const built = await buildServices(config, options);
  const server = await createHttpServer(built.services, await createSchema());
  return {
    httpServer: server.httpServer,
    services: built.services,
    start: (port = config.port, host = config.host) => server.listen(port, host),
    stop: async () => {
      await server.close();
      await built.stop();
    },
  };
}
