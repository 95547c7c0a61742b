import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../accounts/guards';
import { Movie } from '../catalogue/movie.entity';
import { parseId } from '../common/pagination';
import { Rating } from './rating.entity';
import { freshMovie, rateMovie, removeRating } from './rating.service';
import { CreateReviewInput, RateMovieInput, ReviewDeletion, UpdateReviewInput } from './review.input';
import { Review } from './review.entity';
import { createReview, deleteReview, updateReview } from './review.service';

@Resolver(() => Movie)
export class MovieViewerResolver {
  @FieldResolver(() => Int, { nullable: true, description: "The caller's score; null when anonymous or unrated" })
  myRating(@Root() movie: Movie, @Ctx() { loaders }: Context): Promise<number | null> {
    return loaders.myRating.load(movie.id);
  }

  @FieldResolver(() => Review, { nullable: true, description: "The caller's review; null when anonymous or none" })
  myReview(@Root() movie: Movie, @Ctx() { loaders }: Context): Promise<Review | null> {
    return loaders.myReview.load(movie.id);
  }
}

@Resolver(() => Rating)
export class RatingResolver {
  @FieldResolver(() => Movie)
  async movie(@Root() rating: Rating, @Ctx() { loaders }: Context): Promise<Movie> {
    return (await loaders.movie.load(rating.movie.id))!;
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

@Resolver(() => Review)
export class ReviewMutationsResolver {
  @Mutation(() => Review, { description: 'One review per user and movie; a second gets ALREADY_REVIEWED' })
  createReview(@Arg('input', () => CreateReviewInput) input: CreateReviewInput, @Ctx() ctx: Context): Promise<Review> {
    return createReview(ctx.em, requireViewer(ctx), parseId(input.movieId, 'movieId'), input);
  }

  @Mutation(() => Review, { description: 'Authors only' })
  updateReview(@Arg('input', () => UpdateReviewInput) input: UpdateReviewInput, @Ctx() ctx: Context): Promise<Review> {
    return updateReview(ctx.em, requireViewer(ctx), parseId(input.id), input);
  }

  @Mutation(() => ReviewDeletion, { description: 'Authors delete their own reviews; admins any' })
  async deleteReview(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ReviewDeletion> {
    const deleted = await deleteReview(ctx.em, requireViewer(ctx), parseId(id));
    return { id: String(deleted.id), movie: await freshMovie(ctx.em, deleted.movieId) };
  }
}
