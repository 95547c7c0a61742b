import type { Em } from '../../db/orm';
import { Movie } from './movie.entity';

const cache = new WeakMap<object, { all: string[]; lean: string[] }>();

/** Left out of lean reads: the longest text, two timestamps to parse, the per-score counts. */
const HEAVY = new Set([
  'description',
  'created_at',
  'updated_at',
  'rating_1_count',
  'rating_2_count',
  'rating_3_count',
  'rating_4_count',
  'rating_5_count',
]);

/**
 * Movie columns a page needs (all but the lazy search text), qualified by `alias`; `lean` leaves
 * out HEAVY for pages that show none of them (movieFromRow leaves those fields undefined).
 */
export function movieColumns(em: Em, alias: string, lean = false): string[] {
  const meta = em.getMetadata().get(Movie.name);
  let columns = cache.get(meta);
  if (!columns) {
    const all = meta.props.filter((p) => !p.lazy && p.fieldNames?.length).flatMap((p) => p.fieldNames);
    columns = { all, lean: all.filter((column) => !HEAVY.has(column)) };
    cache.set(meta, columns);
  }
  return (lean ? columns.lean : columns.all).map((column) => `${alias}.${column}`);
}
