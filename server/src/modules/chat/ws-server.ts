import type http from 'node:http';
import { GraphQLError, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { createContext, type Services, type Viewer } from '../../context';
import { DomainError, formatError } from '../common/errors';
import { logger } from '../common/logger';
import { bearerToken } from '../accounts/tokens';
import { sharedSubscribe } from '../common/shared-subscribe';
import { serveGraphqlWs } from './graphql-ws-transport';
import { CHAT_VIEWER_INDEPENDENT_FIELDS } from './shared-fields';

export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_FORBIDDEN = 4403;

interface SocketState {
  viewer?: Viewer;
  expiryTimer?: NodeJS.Timeout;
}

/**
 * graphql-ws on the HTTP server's port and path. A socket must authenticate in connection_init
 * (`connectionParams.authorization`): none closes it with 4401, a bad one with 4403, and it is
 * closed with 4401 when its token expires.
 */
export function attachWebSocketServer(httpServer: http.Server, schema: GraphQLSchema, services: Services): { close(): Promise<void> } {
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const states = new WeakMap<object, SocketState>();
  const stateOf = (extra: object) => {
    let state = states.get(extra);
    if (!state) states.set(extra, (state = {}));
    return state;
  };

  const server = serveGraphqlWs(
    {
      schema,
      subscribe: sharedSubscribe(schema, CHAT_VIEWER_INDEPENDENT_FIELDS),
      onConnect: async (ctx) => {
        const header = ctx.connectionParams?.authorization;
        const socket = ctx.extra.socket;
        if (typeof header !== 'string' || !header.trim()) {
          socket.close(CLOSE_UNAUTHORIZED, 'Unauthorized: send connectionParams.authorization');
          return false;
        }
        try {
          const token = bearerToken(/^bearer\s/i.test(header) ? header : `Bearer ${header}`)!;
          const viewer = await services.tokens.viewerFor(services.orm.em, token);
          const state = stateOf(ctx.extra);
          state.viewer = viewer;
          state.expiryTimer = setTimeout(
            () => socket.close(CLOSE_UNAUTHORIZED, 'Token expired'),
            Math.max(0, viewer.expiresAt - Date.now()),
          );
          state.expiryTimer.unref();
          return true;
        } catch (error) {
          if (!(error instanceof DomainError)) logger.error('websocket authentication failed', error);
          socket.close(CLOSE_FORBIDDEN, 'Forbidden: invalid token');
          return false;
        }
      },
      onClose: (ctx) => clearTimeout(stateOf(ctx.extra).expiryTimer),
      context: (ctx) => createContext(services, stateOf(ctx.extra).viewer ?? null, ctx.extra.request.socket.remoteAddress ?? 'unknown'),
      // Same error policy as HTTP: domain codes kept, anything unexpected masked.
      onNext: (_ctx, _id, _payload, _args, result) => {
        const errors = (result as ExecutionResult).errors;
        if (!errors?.length) return result;
        return { ...result, errors: errors.map((error) => formatError(error instanceof GraphQLError ? error.toJSON() : error, error)) };
      },
    },
    wss,
  );

  return {
    close: async () => {
      await server.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
