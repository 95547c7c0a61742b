import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ActorResolver, DirectorResolver } from './modules/catalogue/person.resolver';
import { GenreResolver } from './modules/catalogue/genre.resolver';
import { MovieResolver, SimilarMovieResolver } from './modules/catalogue/movie.resolver';
import { ReviewFieldsResolver } from './modules/reviews/review.resolver';

export const RESOLVERS = [MovieResolver, SimilarMovieResolver, DirectorResolver, ActorResolver, GenreResolver, ReviewFieldsResolver] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false });
}

/** The committed contract: sorted so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
