import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../accounts/guards';
import { User } from '../accounts/user.entity';
import { Movie } from '../catalogue/movie.entity';
import { decodeCursor, encodeCursor, pageSize, parseId, toConnection } from '../common/pagination';
import { freshMovie } from './rating.service';
import { CreateReviewInput, ReviewDeletion, UpdateReviewInput } from './review.input';
import { Review } from './review.entity';
import { createReview, deleteReview, updateReview } from './review.service';
import { ReviewConnection } from './review.types';

const MAX_REVIEWS_PAGE = 50;
const REVIEW_CURSOR = 'reviews';

@Resolver(() => Review)
export class ReviewResolver {
  @FieldResolver(() => User, { description: 'Who wrote it' })
  async author(@Root() review: Review, @Ctx() { loaders }: Context): Promise<User> {
    return (await loaders.user.load(review.user.id))!;
  }

  @FieldResolver(() => Movie)
  async movie(@Root() review: Review, @Ctx() { loaders }: Context): Promise<Movie> {
    return (await loaders.movie.load(review.movie.id))!;
  }

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

/** The review fields of a movie: everyone's, and the caller's own. */
@Resolver(() => Movie)
export class MovieReviewsResolver {
  @FieldResolver(() => ReviewConnection, { description: 'Community reviews, newest first' })
  async reviews(
    @Root() movie: Movie,
    @Ctx() { loaders }: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    const size = pageSize(first, MAX_REVIEWS_PAGE, 10);
    const rows = after
      ? await loaders.reviewsAfter(movie.id, Number(decodeCursor(after, REVIEW_CURSOR, 1)[0]), size)
      : await loaders.firstReviews(size).load(movie.id);
    const page = toConnection(rows, size, {
      node: (review) => review,
      cursor: (review) => encodeCursor(REVIEW_CURSOR, [review.id]),
      hasPreviousPage: Boolean(after),
      countAll: () => loaders.reviewCount.load(movie.id),
    });
    return Object.assign(new ReviewConnection(), page);
  }

  @FieldResolver(() => Review, { nullable: true, description: "The caller's review; null when anonymous or none" })
  myReview(@Root() movie: Movie, @Ctx() { loaders }: Context): Promise<Review | null> {
    return loaders.myReview.load(movie.id);
  }
}

@Resolver(() => User)
export class UserReviewsResolver {
  @FieldResolver(() => [Review], { description: 'Newest first' })
  reviews(@Root() user: User, @Ctx() { em }: Context): Promise<Review[]> {
    return em.find(Review, { user: user.id }, { orderBy: { id: 'desc' } });
  }
}
