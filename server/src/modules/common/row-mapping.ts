import { MetadataStorage } from '@mikro-orm/core';

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
 * are own data properties. MikroORM puts change-tracking setters on entity prototypes when it
 * starts; assigning through them would track these read-only views. So each view is made from a
 * constructor whose prototype (below `type`'s) shadows every persisted property (known from the
 * decorators, so a view made before the ORM starts stays right) with a plain writable one: assignments
 * then create own properties in one fixed order, which is about 2.5 times cheaper than giving a
 * literal `type`'s prototype (Object.setPrototypeOf, what this did before) and keeps the views'
 * shape stable for the code that reads them. These objects never enter a unit of work.
 */
export function instance<T extends object>(type: new () => T, fields: Partial<Record<keyof T, unknown>>): T {
  return Object.assign(new (viewOf(type))(), fields);
}

const views = new WeakMap<object, new () => object>();

function viewOf<T extends object>(type: new () => T): new () => T {
  let view = views.get(type);
  if (!view) {
    const prototype = Object.create(type.prototype as object) as object;
    const declared = Object.keys(MetadataStorage.getMetadataFromDecorator(type).properties);
    const setters = Object.entries(Object.getOwnPropertyDescriptors(type.prototype))
      .filter(([, descriptor]) => descriptor.set !== undefined)
      .map(([key]) => key);
    for (const key of new Set([...declared, ...setters]))
      Object.defineProperty(prototype, key, { value: undefined, writable: true, configurable: true });
    view = function EntityView() {} as unknown as new () => object;
    view.prototype = prototype;
    views.set(type, view);
  }
  return view as new () => T;
}
