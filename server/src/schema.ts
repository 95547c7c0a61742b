import { GraphQLObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
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
  callFieldResolversDirectly(schema);
  return schema;
}

type ResolverParam = { index: number; kind: string; propertyName?: string; getType?: () => unknown };

/**
 * type-graphql calls a field resolver through a wrapper that, on every call, sorts the method's
 * parameter list, builds a resolver-data object and converts the root (a list page calls
 * `director`, `mainActors` and `genres` for each film: that sort alone was 11 % of the page's
 * allocations). With no middlewares, auth or validation in use, a field resolver that takes only
 * @Root, @Ctx and @Info is called directly, its parameters worked out once; a root that is not
 * already of the resolver's type (type-graphql would convert it) still goes through the wrapper.
 */
function callFieldResolversDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  type Methods = Record<string, (...params: unknown[]) => unknown>;
  const resolverClasses = new Set<unknown>(RESOLVERS);
  const instances = new Map<unknown, Methods>();
  for (const metadata of storage.fieldResolvers) {
    if (metadata.kind !== 'external' || !resolverClasses.has(metadata.target)) continue;
    if (metadata.middlewares?.length || metadata.roles?.length) continue;
    const params = [...((metadata.params ?? []) as ResolverParam[])].sort((a, b) => a.index - b.index);
    if (!params.every((param) => ['root', 'context', 'info'].includes(param.kind) && !param.propertyName)) continue;
    const objectClass = metadata.getObjectType?.();
    const typeName = storage.objectTypes.find((objectType) => objectType.target === objectClass)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = type instanceof GraphQLObjectType ? type.getFields()[metadata.schemaName] : undefined;
    const wrapped = field?.resolve;
    if (!field || !wrapped) continue;
    let instance = instances.get(metadata.target);
    if (!instance) {
      instance = new (metadata.target as new () => Methods)();
      instances.set(metadata.target, instance);
    }
    const resolver = instance;
    const method = instance[metadata.methodName];
    const rootTypes = params.map((param) => param.getType?.());
    const rootClass = rootTypes.find(
      (rootType): rootType is new (...args: never[]) => unknown => typeof rootType === 'function',
    );
    const kinds = params.map((param) => param.kind);
    field.resolve = (root: unknown, args, context: unknown, info): unknown => {
      if (rootClass && !(root instanceof rootClass)) return wrapped(root, args, context, info);
      const values = kinds.map((kind) => (kind === 'root' ? root : kind === 'context' ? context : info));
      return method.apply(resolver, values);
    };
  }
}

/** The committed contract: sorted so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
