import type http from 'node:http';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { WebSocket } from 'ws';
import { WebSocketServer } from 'ws';
import { createContext, type Services } from '../context';
import { CHAT_VIEWER_INDEPENDENT_FIELDS } from '../modules/chat/shared-fields';
import { DomainError } from '../modules/common/errors';
import { logger } from '../modules/common/logger';
import type { Authenticate, AuthenticatedViewer } from './authenticate';
import { serveGraphqlWs } from './graphql-ws-transport';
import { assertCleanInput } from './input-hygiene';
import type { OperationGuard } from './operation-limits';
import { sharedSubscribe } from './shared-subscribe';

export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_FORBIDDEN = 4403;
/** graphql-ws's own "too many" close code. */
export const CLOSE_TOO_MANY = 4429;

interface SocketState {
  /** Subscription ids taken on this socket, counted as soon as a subscribe arrives (no race). */
  subscriptions: Set<string>;
  viewer?: AuthenticatedViewer;
  authorization?: string;
  expiryTimer?: NodeJS.Timeout;
}

export interface WebSocketOptions {
  authenticate: Authenticate;
  guard: OperationGuard;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** The client address of a request, read the way Express reads `req.ip` (trust proxy). */
  clientAddress: (request: http.IncomingMessage) => string;
}

/** A graphql-ws authorization value, with or without the `Bearer ` prefix. */
const asHeader = (value: string) => (/^bearer\s/i.test(value) ? value : `Bearer ${value}`);

/**
 * graphql-ws on the HTTP server's port and path. A socket must authenticate in connection_init
 * (`connectionParams.authorization`): none closes it with 4401, a bad one with 4403, and it is
 * closed with 4401 when its token expires, or 4403 when its user's sessions are revoked (logout,
 * on any instance: the revocation comes through the chat bus). Every subscribe passes the same
 * limits as an HTTP operation, and re-checks the token.
 */
export function attachWebSocketServer(
  httpServer: http.Server,
  schema: GraphQLSchema,
  services: Services,
  options: WebSocketOptions,
): { close(): Promise<void> } {
  const limits = services.config.websocket;
  const { clientAddress } = options;

  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: limits.maxPayloadBytes });
  const states = new WeakMap<object, SocketState>();
  const stateOf = (extra: object) => {
    let state = states.get(extra);
    if (!state) states.set(extra, (state = { subscriptions: new Set() }));
    return state;
  };

  // Open sockets per user (for revocation) and per client address (for the cap).
  const socketsByUser = new Map<number, Set<{ socket: WebSocket; state: SocketState }>>();
  const socketsByAddress = new Map<string, number>();
  const { metrics } = services;
  wss.on('connection', (socket, request) => {
    metrics.openSockets.inc();
    socket.once('close', () => metrics.openSockets.dec());
    const address = clientAddress(request);
    const open = (socketsByAddress.get(address) ?? 0) + 1;
    socketsByAddress.set(address, open);
    socket.once('close', () => {
      const left = (socketsByAddress.get(address) ?? 1) - 1;
      if (left > 0) socketsByAddress.set(address, left);
      else socketsByAddress.delete(address);
    });
    if (open > limits.maxSocketsPerAddress) socket.close(CLOSE_TOO_MANY, 'Too many connections from this address');
  });
  services.chat.bus.onRevocation(({ userId, tokenVersion }) => {
    for (const entry of socketsByUser.get(userId) ?? []) {
      if ((entry.state.viewer?.tokenVersion ?? 0) < tokenVersion)
        entry.socket.close(CLOSE_FORBIDDEN, 'Session revoked');
    }
  });

  const finished = (extra: object, id: string) => {
    if (stateOf(extra).subscriptions.delete(id)) metrics.subscriptions.dec();
  };
  const formatResult = (result: ExecutionResult) => {
    const errors = result.errors;
    if (!errors?.length) return result;
    return {
      ...result,
      errors: errors.map((error) => options.formatError(error instanceof GraphQLError ? error.toJSON() : error, error)),
    };
  };
  const refusal = (error: unknown): GraphQLError[] => {
    const formatted = options.formatError(
      error instanceof GraphQLError ? error.toJSON() : { message: String(error) },
      error,
    );
    return [new GraphQLError(formatted.message, { extensions: formatted.extensions })];
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
          const viewer = (await options.authenticate(asHeader(header.trim())))!;
          const state = stateOf(ctx.extra);
          state.viewer = viewer;
          state.authorization = asHeader(header.trim());
          state.expiryTimer = setTimeout(
            () => socket.close(CLOSE_UNAUTHORIZED, 'Token expired'),
            Math.max(0, viewer.expiresAt - Date.now()),
          );
          state.expiryTimer.unref();
          const entry = { socket, state };
          const mine = socketsByUser.get(viewer.id) ?? new Set();
          mine.add(entry);
          socketsByUser.set(viewer.id, mine);
          socket.once('close', () => {
            mine.delete(entry);
            if (mine.size === 0 && socketsByUser.get(viewer.id) === mine) socketsByUser.delete(viewer.id);
          });
          return true;
        } catch (error) {
          if (!(error instanceof DomainError)) logger.error('websocket authentication failed', error);
          socket.close(CLOSE_FORBIDDEN, 'Forbidden: invalid token');
          return false;
        }
      },
      onSubscribe: async (ctx, id, payload) => {
        const taken = stateOf(ctx.extra).subscriptions;
        if (taken.size >= limits.maxSubscriptionsPerSocket) {
          return [
            new GraphQLError(`A connection may hold at most ${limits.maxSubscriptionsPerSocket} subscriptions`, {
              extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: limits.maxSubscriptionsPerSocket },
            }),
          ];
        }
        taken.add(id);
        metrics.subscriptions.inc();
        const refuse = (errors: readonly GraphQLError[]) => {
          finished(ctx.extra, id);
          return errors;
        };
        const state = stateOf(ctx.extra);
        try {
          // A revoked token cannot subscribe again, even if its revocation never reached this instance.
          state.viewer = (await options.authenticate(state.authorization))!;
        } catch {
          ctx.extra.socket.close(CLOSE_FORBIDDEN, 'Session revoked');
          return refuse([
            new GraphQLError('This session has ended; log in again', { extensions: { code: 'UNAUTHENTICATED' } }),
          ]);
        }
        try {
          const document = parse(payload.query, options.guard.parseOptions);
          const errors = validate(schema, document, [...specifiedRules, ...options.guard.validationRules]);
          if (errors.length) return refuse(errors.flatMap(refusal));
          if (!getOperationAST(document, payload.operationName)) {
            return refuse([
              new GraphQLError('Unable to identify the operation', { extensions: { code: 'BAD_REQUEST' } }),
            ]);
          }
          options.guard.assertAffordable(document, payload.variables ?? undefined, payload.operationName);
          assertCleanInput(document, payload.variables);
          return { schema, document, variableValues: payload.variables, operationName: payload.operationName };
        } catch (error) {
          return refuse(refusal(error));
        }
      },
      onComplete: (ctx, id) => finished(ctx.extra, id),
      onError: (ctx, id) => finished(ctx.extra, id),
      onClose: (ctx) => {
        const state = stateOf(ctx.extra);
        clearTimeout(state.expiryTimer);
        metrics.subscriptions.dec(state.subscriptions.size);
        state.subscriptions.clear();
      },
      context: (ctx) => createContext(services, stateOf(ctx.extra).viewer ?? null, clientAddress(ctx.extra.request)),
      // Same error policy as HTTP: domain codes kept, anything unexpected masked.
      onNext: (_ctx, _id, _payload, _args, result) => {
        metrics.subscriptionEvents.inc();
        return formatResult(result);
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
