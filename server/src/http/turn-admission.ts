import type http from 'node:http';

type Listener = (request: http.IncomingMessage, response: http.ServerResponse) => void;

/**
 * Starts the HTTP requests that arrive one per event-loop turn, in arrival order, instead of each
 * as soon as its socket is read. libuv accepts one new connection per turn (libuv#3696), and on
 * SQLite (a synchronous driver) a request runs from its first byte to its answer without
 * yielding: at saturation one turn answered every waiting connection, so a burst of 50 new
 * connections was accepted one per 20-40 ms turn and the last waited up to a second for its
 * first answer. Started one per turn, a turn's work is one request, and accepting and reading
 * interleave with it. Generic as it looks, no library does this: Node has no setting for it.
 */
export function oneRequestPerTurn(listener: Listener): Listener {
  const waiting: Array<[http.IncomingMessage, http.ServerResponse]> = [];
  const startNext = () => {
    const [request, response] = waiting.shift()!;
    if (waiting.length > 0) setImmediate(startNext);
    listener(request, response);
  };
  return (request, response) => {
    if (waiting.push([request, response]) === 1) setImmediate(startNext);
  };
}
