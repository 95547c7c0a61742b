import type http from 'node:http';
import { requestArrived, requestStarted } from '../modules/common/request-arrivals';

type Listener = (request: http.IncomingMessage, response: http.ServerResponse) => void;

/** Requests started in one turn while no connection is being accepted: a turn's work stays bounded. */
export const MAX_STARTS_PER_TURN = 16;

/**
 * Makes `server` start the HTTP requests it has read in event-loop turns, in arrival order,
 * instead of each as soon as its socket is read. For SQLite, whose synchronous driver runs a
 * request from its first byte to its answer without yielding.
 *
 * - libuv accepts one new connection per turn (libuv#3696). Starting every waiting request at
 *   once, a saturated turn answered every connection (20-40 ms), so a burst of 50 new connections
 *   was accepted over a second and the last ones waited that long for their first answer. So in a
 *   turn that accepted a connection, the next turn starts one request: accepting and reading
 *   interleave with the work.
 * - Once no connection is being accepted, a turn starts up to MAX_STARTS_PER_TURN. One per turn
 *   all the time cost about half the SQLite server's detail throughput and three quarters of the
 *   chat burst's (session 15): requests run back to back cost less CPU each.
 *
 * Arrivals and starts are counted (common/request-arrivals), so that the chat's group commit can
 * batch a burst of sends that start over several turns. Generic as it looks, no library does this:
 * Node has no setting for it.
 */
export function startRequestsInTurns(server: http.Server, listener: Listener): void {
  const waiting: Array<[http.IncomingMessage, http.ServerResponse]> = [];
  let acceptedSinceLastStarts = false;
  const startWaiting = () => {
    const starts = acceptedSinceLastStarts ? 1 : MAX_STARTS_PER_TURN;
    acceptedSinceLastStarts = false;
    for (let i = 0; i < starts && waiting.length > 0; i++) {
      const [request, response] = waiting.shift()!;
      requestStarted();
      listener(request, response);
    }
    if (waiting.length > 0) setImmediate(startWaiting);
  };
  server.on('connection', () => {
    acceptedSinceLastStarts = true;
  });
  server.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    requestArrived();
    if (waiting.push([request, response]) === 1) setImmediate(startWaiting);
  });
}
