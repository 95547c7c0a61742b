import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
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

export function createSchema(): Promise<GraphQLSchema> {
  // No field uses type-graphql middlewares or @Authorized, so a plain @Field property needs no
  // resolver of its own: without one, execution reads the property directly instead of calling a
  // wrapper per field per row (a list page resolves about 600 fields).
  for (const objectType of getMetadataStorage().objectTypes) objectType.simpleResolvers ??= true;
  // Subscriptions supply their own iterators (the chat bus); type-graphql still insists on a PubSub.
  return buildSchema({ resolvers: RESOLVERS, validate: false, pubSub: createPubSub() });
}

/** The committed contract: sorted so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
