import {
  GraphQLObjectType,
  GraphQLScalarType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLSchema,
} from 'graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { PersonResolver } from './modules/catalogue/person.resolver';
import { SearchResolver } from './modules/catalogue/search.resolver';
import { GenreResolver } from './modules/catalogue/genre.resolver';
import { CatalogueAdminResolver } from './modules/catalogue/catalogue-admin.resolver';
import { MovieResolver, SimilarMovieResolver } from './modules/catalogue/movie.resolver';
import { AccountsResolver } from './modules/accounts/accounts.resolver';
import { UserAdminResolver } from './modules/accounts/user-admin.resolver';
import { AuditResolver } from './modules/accounts/audit.resolver';
import { ImportResolver } from './modules/import/import.resolver';
import { ChatMessageResolver, RoomResolver } from './modules/chat/chat.resolver';
import { BotResolver } from './modules/bot/bot.resolver';
import { ENTITIES } from './db/entities';
import { RecommendationResolver } from './modules/recommendations/recommendation.resolver';
import { MovieReviewsResolver, ReviewResolver } from './modules/reviews/review.resolver';
import { MovieWatchlistResolver, ProfileResolver } from './modules/reviews/profile.resolver';
import { MovieRatingResolver, RatingResolver } from './modules/reviews/rating.resolver';

export const RESOLVERS = [
  MovieResolver,
  MovieReviewsResolver,
  MovieRatingResolver,
  SimilarMovieResolver,
  PersonResolver,
  SearchResolver,
  GenreResolver,
  CatalogueAdminResolver,
  ReviewResolver,
  RatingResolver,
  ProfileResolver,
  MovieWatchlistResolver,
  AccountsResolver,
  UserAdminResolver,
  AuditResolver,
  ImportResolver,
  RoomResolver,
  ChatMessageResolver,
  BotResolver,
  RecommendationResolver,
] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  // No field uses type-graphql middlewares or @Authorized, so a plain @Field property needs no
  // resolver of its own: without one, execution reads the property directly instead of calling a
  // wrapper per field per row (a list page resolves about 600 fields).
  for (const objectType of getMetadataStorage().objectTypes) objectType.simpleResolvers ??= true;
  // Subscriptions supply their own iterators (the chat bus); type-graphql still insists on a PubSub.
  const schema = await buildSchema({ resolvers: RESOLVERS, validate: false, pubSub: createPubSub() });
  callResolversDirectly(schema);
  readEntityGettersAsProperties(schema);
  return schema;
}

/** The GraphQL name type-graphql gave the object type declared by `target`. */
const objectTypeName = (target: unknown) =>
  getMetadataStorage().objectTypes.find((objectType) => objectType.target === target)?.name;

/** A field of an object type of the built schema, if both exist. */
function fieldOf(schema: GraphQLSchema, typeName: string | undefined, fieldName: string) {
  const type = typeName ? schema.getType(typeName) : undefined;
  return type instanceof GraphQLObjectType ? type.getFields()[fieldName] : undefined;
}

/**
 * type-graphql resolves a getter field (Person.name) through a wrapper that first copies a root not
 * of the getter's class into a new instance; graphql-jit then calls it as a resolver, with a
 * resolve-info object, a path and three closures per value (a page of 25 films has about 125 names:
 * a third of the page's allocations). Entities reach GraphQL only as instances (MikroORM's, or the
 * read path's `instance`), so their getters are read as plain properties, inlined by graphql-jit.
 */
function readEntityGettersAsProperties(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const entities = new Set<unknown>(ENTITIES);
  for (const metadata of storage.fieldResolvers) {
    if (metadata.kind !== 'internal' || !entities.has(metadata.target) || metadata.params?.length) continue;
    if (metadata.middlewares?.length || metadata.roles?.length) continue;
    const prototype = (metadata.target as { prototype: object }).prototype;
    if (!Object.getOwnPropertyDescriptor(prototype, metadata.methodName)?.get) continue;
    const field = fieldOf(schema, objectTypeName(metadata.target), metadata.schemaName);
    if (field) field.resolve = undefined;
  }
}

type ResolverParam = { index: number; kind: string; name?: string; propertyName?: string; getType?: () => unknown };

/**
 * type-graphql calls a resolver through a wrapper that, on every call, sorts the method's parameter
 * list, builds a resolver-data object, converts the root and each argument, and (because its
 * argument validation is async even when off) makes any resolver with an argument return a promise
 * (a list page calls `director`, `mainActors` and `genres` for each film: that sort alone was 11 %
 * of the page's allocations). With no middlewares, auth or validation in use, a field resolver or
 * query whose parameters are @Root, @Ctx, @Info, or @Arg of a scalar or enum type (for those
 * type-graphql's conversion hands the value back unchanged; input objects, which it turns into
 * class instances, keep the wrapper) is called directly, its parameters worked out once. A root
 * that is not already of the resolver's type (type-graphql would convert it) still goes through the wrapper.
 */
function callResolversDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  type Methods = Record<string, (...params: unknown[]) => unknown>;
  const resolverClasses = new Set<unknown>(RESOLVERS);
  const instances = new Map<unknown, Methods>();
  const enums = new Set(storage.enums.map((metadata) => metadata.enumObj as unknown));
  const passedUnchanged = (type: unknown) =>
    type instanceof GraphQLScalarType || type === String || type === Number || type === Boolean || enums.has(type);
  const direct = (param: ResolverParam) =>
    (['root', 'context', 'info'].includes(param.kind) && !param.propertyName) ||
    (param.kind === 'arg' && param.name !== undefined && passedUnchanged(param.getType?.()));
  const queryType = schema.getQueryType();
  const candidates = [
    ...storage.fieldResolvers
      .filter((metadata) => metadata.kind === 'external')
      .map((metadata) => ({
        metadata,
        typeName: objectTypeName(metadata.getObjectType?.()),
      })),
    ...storage.queries.map((metadata) => ({ metadata, typeName: queryType?.name })),
  ];
  for (const { metadata, typeName } of candidates) {
    if (!resolverClasses.has(metadata.target) || metadata.middlewares?.length || metadata.roles?.length) continue;
    const params = [...((metadata.params ?? []) as ResolverParam[])].sort((a, b) => a.index - b.index);
    if (!params.every(direct)) continue;
    const field = fieldOf(schema, typeName, metadata.schemaName);
    const wrapped = field?.resolve;
    if (!field || !wrapped) continue;
    let instance = instances.get(metadata.target);
    if (!instance) {
      instance = new (metadata.target as new () => Methods)();
      instances.set(metadata.target, instance);
    }
    const resolver = instance;
    const method = instance[metadata.methodName];
    const rootTypes = params.filter((param) => param.kind === 'root').map((param) => param.getType?.());
    const rootClass = rootTypes.find(
      (rootType): rootType is new (...args: never[]) => unknown => typeof rootType === 'function',
    );
    const values = params.map(
      (param): ((root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown) => {
        if (param.kind === 'root') return (root) => root;
        if (param.kind === 'context') return (_root, _args, context) => context;
        if (param.kind === 'info') return (_root, _args, _context, info) => info;
        const name = param.name!;
        return (_root, args) => args[name];
      },
    );
    field.resolve = (root: unknown, args: Record<string, unknown>, context: unknown, info): unknown => {
      if (rootClass && !(root instanceof rootClass)) return wrapped(root, args, context, info);
      return method.apply(
        resolver,
        values.map((value) => value(root, args, context, info)),
      );
    };
  }
}

/** The committed contract: sorted so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
