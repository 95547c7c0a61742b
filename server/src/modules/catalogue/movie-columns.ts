import type { Em } from '../../db/orm';
import { Movie } from './movie.entity';

const cache = new WeakMap<object, string[]>();

/** Movie columns a page needs (all but the lazy search text), qualified by `alias`. */
export function movieColumns(em: Em, alias: string): string[] {
  const meta = em.getMetadata().get(Movie.name);
  let columns = cache.get(meta);
  if (!columns) {
    columns = meta.props.filter((p) => !p.lazy && p.fieldNames?.length).flatMap((p) => p.fieldNames);
    cache.set(meta, columns);
  }
  return columns.map((column) => `${alias}.${column}`);
}
