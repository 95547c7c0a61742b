import type { ConnectionType } from '@mikro-orm/core';

/**
 * Where a request's catalogue reads go. A streaming replica lags the primary a little, so only
 * reads that cannot include the caller's own writes use one: queries (not mutations) from
 * anonymous callers, who cannot write. Everything else reads the primary. Without
 * DATABASE_REPLICA_URLS both answers are the primary.
 */
export interface ReadSource {
  replica: boolean;
}

export function connectionFor(source: ReadSource | undefined): ConnectionType {
  return source?.replica ? 'read' : 'write';
}
