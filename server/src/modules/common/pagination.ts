import type { Knex } from '@mikro-orm/knex';
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  /** Runs the count only when a client selects totalCount. */
  countAll: () => Promise<number>;
}

/** A Relay-style connection type named `${name}Connection` with `${name}Edge` edges. */
export function ConnectionType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor!: string;
    @Field(() => node) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection implements Page<T> {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    countAll!: () => Promise<number>;

    @Field(() => Int, { description: 'All matches, regardless of paging' })
    get totalCount(): Promise<number> {
      return this.countAll();
    }
  }
  return Connection;
}

export function pageSize(first: number | undefined | null, max = MAX_PAGE_SIZE, fallback = DEFAULT_PAGE_SIZE): number {
  if (first === undefined || first === null) return fallback;
  if (!Number.isInteger(first) || first < 0 || first > max)
    throw badInput('first', `first must be between 0 and ${max}`);
  return first;
}

export function pageOffset(offset: number | undefined | null): number {
  if (offset === undefined || offset === null) return 0;
  if (!Number.isInteger(offset) || offset < 0) throw badInput('offset', 'offset must be zero or more');
  return offset;
}

export type SortKey = { column: string; direction: 'asc' | 'desc' };
type CursorValue = string | number;

/** Cursors carry the sort they belong to and the row's sort values: opaque to clients, stable under inserts. */
export function encodeCursor(sort: string, values: CursorValue[]): string {
  return Buffer.from(JSON.stringify({ s: sort, v: values })).toString('base64url');
}

export function decodeCursor(cursor: string, sort: string, arity: number, field = 'after'): CursorValue[] {
  const invalid = () => badInput(field, `${field} is not a cursor from this list (or the sort changed)`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const { s, v } = (parsed ?? {}) as { s?: unknown; v?: unknown };
  if (s !== sort || !Array.isArray(v) || v.length !== arity) throw invalid();
  if (!v.every((value) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))))
    throw invalid();
  return v as CursorValue[];
}

/** Rows strictly after `values` in the given order: (a > x) or (a = x and b > y) ... */
export function whereAfter(query: Knex.QueryBuilder, keys: SortKey[], values: CursorValue[]): void {
  query.where((outer) => {
    keys.forEach((key, i) => {
      outer.orWhere((inner) => {
        for (let j = 0; j < i; j++) inner.where(keys[j].column, values[j]);
        inner.where(key.column, key.direction === 'asc' ? '>' : '<', values[i]);
      });
    });
  });
}

/** The values whereAfter binds, in its order: for each key, the keys before it and then itself. */
export function afterBindings(values: CursorValue[]): CursorValue[] {
  return values.flatMap((_, i) => values.slice(0, i + 1));
}

export function parseId(value: string | number, field = 'id'): number {
  const text = String(value);
  if (!/^\d{1,10}$/.test(text) || Number(text) > 2_147_483_647 || Number(text) < 1) {
    throw badInput(field, `${field} must be a numeric id`);
  }
  return Number(text);
}

/** An edge whose cursor is encoded only if a client asks for it (list pages often do not). */
class Edge<R, T> {
  constructor(
    readonly node: T,
    private readonly row: R,
    private readonly cursorOf: (row: R) => string,
  ) {}

  get cursor(): string {
    return this.cursorOf(this.row);
  }
}

/**
 * A page's PageInfo, its cursors encoded only if asked. A class, not an object literal with getters:
 * what such a literal's getters capture (here the page, rows included) survived every
 * young-generation collection under load, was promoted and waited for a full collection.
 */
class LazyPageInfo<R, T> implements PageInfo {
  constructor(
    private readonly edges: Edge<R, T>[],
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
  ) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges[this.edges.length - 1]?.cursor ?? null;
  }
}

/**
 * A page as a Relay connection: `rows` holds up to one more than `size` (the extra one tells
 * that a next page exists); `node` and `cursor` say what each row becomes.
 *
 * A page that ends the list and whose start is known (`startsAt`: a first page, or an offset
 * skipped without a cursor) tells totalCount itself, without `countAll`'s statement: most
 * searches and filters, and most films' reviews, fit on one page.
 */
export function toConnection<R, T>(
  rows: R[],
  size: number,
  page: {
    node: (row: R) => T;
    cursor: (row: R) => string;
    hasPreviousPage: boolean;
    countAll: () => Promise<number>;
    /**
     * Rows before this page: 0 for a first page unless given; an offset when one was skipped
     * without a cursor; null when unknown or when counting is not worth sparing (totalCount counts).
     */
    startsAt?: number | null;
  },
): Page<T> {
  const count = Math.min(rows.length, size);
  const edges = new Array<Edge<R, T>>(count);
  for (let i = 0; i < count; i++) edges[i] = new Edge(page.node(rows[i]), rows[i], page.cursor);
  const before = page.startsAt !== undefined ? page.startsAt : page.hasPreviousPage ? null : 0;
  // An empty page after an offset may lie past the end: only the count knows where that is.
  const ends = size > 0 && rows.length <= size && before !== null && (rows.length > 0 || before === 0);
  return {
    edges,
    pageInfo: new LazyPageInfo(edges, rows.length > size, page.hasPreviousPage),
    countAll: ends ? () => Promise.resolve(before + rows.length) : page.countAll,
  };
}
