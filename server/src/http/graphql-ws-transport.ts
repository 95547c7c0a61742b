import type http from 'node:http';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import { logger } from '../modules/common/logger';

export interface SocketExtra {
  readonly socket: WebSocket;
  readonly request: http.IncomingMessage;
}

/** Past this much unsent data a subscriber waits for its socket to drain (backpressure). */
const HIGH_WATER_BYTES = 1 << 20;

/**
 * graphql-ws over `ws`, adapted from graphql-ws's own use/ws starter (which invites copying it)
 * for room-sized fan-out. Two changes:
 *
 * - send() returns as soon as the frame is queued, unless the socket already holds a megabyte
 *   unsent. The starter waits for every frame's write callback, so a subscriber could take at
 *   most one message per event-loop turn and a burst of N messages cost N turns.
 * - Frames queued to one socket within a tick are corked into one write: a batch of messages
 *   reaches each subscriber in one syscall instead of one per message.
 */
export function serveGraphqlWs(
  options: ServerOptions<Record<string, unknown> | undefined, SocketExtra>,
  wss: WebSocketServer,
  keepAliveMs = 12_000,
): { dispose(): Promise<void> } {
  const server = makeServer(options);
  wss.options.handleProtocols = handleProtocols;

  wss.on('connection', (socket, request) => {
    const tcp = request.socket;
    let corked = false;
    const corkUntilTickEnds = () => {
      if (corked) return;
      corked = true;
      tcp.cork();
      process.nextTick(() => {
        corked = false;
        tcp.uncork();
      });
    };

    socket.once('error', (error) => {
      logger.warn('websocket error', { error: error.message });
      socket.close(CloseCode.InternalServerError, 'Internal server error');
    });
    const keepAlive = startKeepAlive(socket, keepAliveMs);

    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            corkUntilTickEnds();
            if (socket.bufferedAmount > HIGH_WATER_BYTES) {
              socket.send(data, (error) => (error ? reject(error) : resolve()));
            } else {
              // A failed write closes the socket, and graphql-ws cleans up on close.
              socket.send(data);
              resolve();
            }
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (data: Buffer) => {
            handle(data.toString()).catch((error) => {
              logger.error('graphql-ws message handling failed', error);
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            });
          }),
      },
      { socket, request },
    );

    socket.once('close', (code, reason) => {
      keepAlive.stop();
      void closed(code, String(reason));
    });
  });

  return {
    dispose: async () => {
      for (const client of wss.clients) client.close(1001, 'Going away');
      wss.removeAllListeners('connection');
    },
  };
}

/** Pings every interval; a socket that does not pong within the next interval is dropped. */
function startKeepAlive(socket: WebSocket, intervalMs: number): { stop(): void } {
  let pongWait: NodeJS.Timeout | null = null;
  const ping = setInterval(() => {
    if (socket.readyState !== socket.OPEN) return;
    pongWait = setTimeout(() => socket.terminate(), intervalMs);
    socket.once('pong', () => {
      if (pongWait) clearTimeout(pongWait);
      pongWait = null;
    });
    socket.ping();
  }, intervalMs);
  ping.unref();
  return {
    stop: () => {
      clearInterval(ping);
      if (pongWait) clearTimeout(pongWait);
    },
  };
}
