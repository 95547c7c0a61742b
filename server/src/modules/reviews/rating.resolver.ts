import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { requireAdmin, requireViewer } from '../accounts/guards';
import { User } from '../accounts/user.entity';
import { Movie } from '../catalogue/movie.entity';
import { parseId } from '../common/pagination';
import { newestFirst } from './moderation';
import { RatingConnection } from './profile.types';
import { ratingFromRow } from './reviews.rows';
import { Rating } from './rating.entity';
import { freshMovie, rateMovie, removeRating } from './rating.service';
import { RateMovieInput } from './review.input';

@Resolver(() => Rating)
export class RatingResolver {
  @FieldResolver(() => Movie)
  async movie(@Root() rating: Rating, @Ctx() { loaders }: Context): Promise<Movie> {
    return (await loaders.movie.load(rating.movie.id))!;
  }

  @FieldResolver(() => User, { description: 'Who rated (ratings are public, as on profiles)' })
  async user(@Root() rating: Rating, @Ctx() { loaders }: Context): Promise<User> {
    return (await loaders.user.load(rating.user.id))!;
  }

  @Query(() => RatingConnection, { description: 'Admins: ratings, newest first, of one film and/or one member' })
  async ratings(
    @Ctx() ctx: Context,
    @Arg('movieId', () => ID, { nullable: true }) movieId?: string | null,
    @Arg('userId', () => ID, { nullable: true }) userId?: string | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    requireAdmin(ctx);
    const page = await newestFirst(ctx.em, 'rating', { movieId, userId, first, after }, ratingFromRow);
    return Object.assign(new RatingConnection(), page);
  }

  @Mutation(() => Movie, { description: 'Rate a movie 1-5 (again to change it); returns the movie with fresh stats' })
  async rateMovie(@Arg('input', () => RateMovieInput) input: RateMovieInput, @Ctx() ctx: Context): Promise<Movie> {
    const viewer = requireViewer(ctx);
    const movieId = parseId(input.movieId, 'movieId');
    await rateMovie(ctx.em, viewer.id, movieId, input.score);
    return freshMovie(ctx.em, movieId);
  }

  @Mutation(() => Movie, { description: "Withdraw the caller's rating; returns the movie with fresh stats" })
  async removeRating(@Arg('movieId', () => ID) movieIdArg: string, @Ctx() ctx: Context): Promise<Movie> {
    const viewer = requireViewer(ctx);
    const movieId = parseId(movieIdArg, 'movieId');
    await removeRating(ctx.em, viewer.id, movieId);
    return freshMovie(ctx.em, movieId);
  }
}

@Resolver(() => Movie)
export class MovieRatingResolver {
  @FieldResolver(() => Int, { nullable: true, description: "The caller's score; null when anonymous or unrated" })
  myRating(@Root() movie: Movie, @Ctx() { loaders }: Context): Promise<number | null> {
    return loaders.myRating.load(movie.id);
  }
}
