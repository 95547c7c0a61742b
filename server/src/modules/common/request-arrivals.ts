/**
 * HTTP requests this process has read, and how many of them it has started. They differ only
 * while requests wait their turn to start (see http/turn-admission.ts: on SQLite requests start
 * over several event-loop turns). The event loop is the process's, so the counts are too.
 */
let arrived = 0;
let started = 0;

/** A request was read and waits its turn. */
export function requestArrived(): void {
  arrived++;
}

/** A request that arrived has started. */
export function requestStarted(): void {
  started++;
}

/**
 * Runs `callback` on a later event-loop turn, once every request that had arrived by now has
 * started: the next turn when none is waiting, else the turn after the last of them started.
 * Work that batches what arrives together (the chat's group commit) waits this way, so a burst
 * started over several turns still goes out as one batch. Requests arriving later are not
 * waited for, so a steady stream cannot hold the callback back.
 */
export function afterArrivedRequestsStart(callback: () => void): void {
  const target = arrived;
  const check = () => (started >= target ? callback() : setImmediate(check));
  setImmediate(check);
}
