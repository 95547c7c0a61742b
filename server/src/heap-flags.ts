/** The built server these flags start, from the repository's root. */
export const SERVER_ENTRY = 'dist/server/src/index.js';

/**
 * The V8 heap settings the server is started with, by `npm start`, the Dockerfile and the benches
 * (heap-flags.test checks that they agree). V8's defaults let the young generation's semi-spaces
 * grow to 64 MB each and the old generation to about four times its live data between full
 * collections: 395-421 MB of peak RSS under the peers bench, for about 45 MB of live data. With
 * these, 207-229 MB on PostgreSQL and 230-233 MB on SQLite, for about a tenth of the list's
 * throughput. In the chat bench they change no latency and perhaps 7-9 % of the in-process
 * burst's accepted messages per second (alternating rounds; see the README's performance
 * section). The 1 GB cap is far above what the server keeps; it is what makes V8 grow the old
 * generation less.
 */
export const SERVER_HEAP_FLAGS = ['--max-semi-space-size=16', '--max-old-space-size=1024'] as const;
