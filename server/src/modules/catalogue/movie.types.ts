import { ArgsType, Field, Float, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/pagination';
import { Movie } from './movie.entity';
import { MovieFilter, MovieSort } from './movie.input';

export const MovieConnection = ConnectionType('Movie', Movie);

@ArgsType()
export class MoviesArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 25 when omitted, at most 100' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge already seen' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Rows to skip (after the cursor, if any): jump to a numbered page' })
  offset?: number | null;

  @Field(() => MovieSort, {
    nullable: true,
    description: 'RELEVANCE when filter.search has words, NEWEST otherwise',
  })
  sort?: MovieSort | null;

  @Field(() => MovieFilter, { nullable: true })
  filter?: MovieFilter | null;
}

@ObjectType({ description: 'How many ratings gave one score' })
export class RatingBucket {
  @Field(() => Int) score!: number;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: 'Share of all ratings, 0-100, one decimal' }) percent!: number;
}

@ObjectType({ description: 'A movie like another, and why: what the two share' })
export class SimilarMovie {
  @Field(() => Movie) movie!: Movie;
  @Field({ description: 'Both have the same director' }) sameDirector!: boolean;
  @Field(() => Int) sharedGenreCount!: number;
  @Field(() => Int) sharedActorCount!: number;
  /** The movie it was found for, so sharedGenres can intersect the two. */
  sourceMovieId!: number;
}
