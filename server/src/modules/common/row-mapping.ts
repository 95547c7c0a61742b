/**
 * Read-path mapping from raw rows to entity-shaped objects. Reads never go back through the
 * unit of work, so they skip ORM hydration (the largest cost of a catalogue page).
 */
export type Row = Record<string, unknown>;

/** SQLite keeps datetimes as epoch milliseconds; PostgreSQL's driver returns Dates. */
export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  return new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string | number));
}

export function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

/** A many-to-one reference carrying only its id, as the field resolvers need. */
export function reference<T extends { id: number }>(id: unknown): T | null {
  return id === null || id === undefined ? null : ({ id: toNumber(id) } as T);
}

/**
 * An instance of `type` (GraphQL resolvers and getters such as Person.name expect one) whose fields
 * are own data properties: `fields` (a fresh object literal) given `type`'s prototype. Assigning
 * them one by one would go through the change-tracking setters MikroORM puts on entity
 * prototypes, and defining them one by one makes slow dictionary-mode objects; own properties
 * made by the literal shadow those setters. These objects are read-only views and never enter a
 * unit of work.
 */
export function instance<T extends object>(type: new () => T, fields: Partial<Record<keyof T, unknown>>): T {
  return Object.setPrototypeOf(fields, type.prototype as object) as T;
}
