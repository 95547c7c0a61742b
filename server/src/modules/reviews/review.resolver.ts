import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { Context } from '../../context';
import { requireAdmin, requireViewer } from '../accounts/guards';
import { newestFirst } from './moderation';
import { reviewFromRow } from './reviews.rows';
import { User } from '../accounts/user.entity';
import { REVIEW_ORDERS, type ReviewOrder } from './reviews.loaders';
import { markReviewHelpful } from './review-votes.service';
import { Movie } from '../catalogue/movie.entity';
import { decodeCursor, encodeCursor, pageSize, parseId, toConnection } from '../common/pagination';
import { freshMovie } from './rating.service';
import { CreateReviewInput, ReviewDeletion, UpdateReviewInput } from './review.input';
import { Review } from './review.entity';
import { createReview, deleteReview, updateReview } from './review.service';
import { ReviewConnection } from './review.types';
import { broughtCompanion } from '../catalogue/movie-relations';
import { DEFAULT_REVIEWS_PAGE, firstReviewsShape, MAX_REVIEWS_PAGE, reviewsFromJson } from './first-reviews';

const REVIEW_CURSORS: Record<ReviewOrder, string> = { NEWEST: 'reviews', HELPFUL: 'reviews-helpful' };

export enum ReviewSort {
  NEWEST = 'NEWEST',
  HELPFUL = 'HELPFUL',
}
registerEnumType(ReviewSort, {
  name: 'ReviewSort',
  valuesConfig: {
    NEWEST: { description: 'Most recently written first' },
    HELPFUL: { description: 'Most often marked helpful first, then newest' },
  },
});

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

  @FieldResolver(() => Int, { nullable: true, description: "The author's own score for the film; null when unrated" })
  authorRating(@Root() review: Review, @Ctx() { loaders }: Context): Promise<number | null> {
    return loaders.authorRating.load(`${review.user.id}:${review.movie.id}`);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller marked it helpful (false when anonymous)' })
  markedHelpfulByMe(@Root() review: Review, @Ctx() { loaders }: Context): Promise<boolean> {
    return loaders.markedHelpfulByMe.load(review.id);
  }

  @Mutation(() => Review, {
    description: 'Mark a review helpful (true) or take the mark back (false); once per member, never your own',
  })
  async markReviewHelpful(
    @Arg('reviewId', () => ID) reviewIdArg: string,
    @Arg('helpful', () => Boolean) helpful: boolean,
    @Ctx() ctx: Context,
  ): Promise<Review> {
    const reviewId = parseId(reviewIdArg, 'reviewId');
    await markReviewHelpful(ctx.em, requireViewer(ctx).id, reviewId, helpful);
    return (await ctx.em.fork().findOne(Review, reviewId))!;
  }

  @Query(() => ReviewConnection, {
    description: 'Admins: reviews, newest first, of one film and/or one member, for moderation',
  })
  async reviews(
    @Ctx() ctx: Context,
    @Arg('movieId', () => ID, { nullable: true }) movieId?: string | null,
    @Arg('userId', () => ID, { nullable: true }) userId?: string | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    requireAdmin(ctx);
    const page = await newestFirst(ctx.em, 'review', { movieId, userId, first, after }, reviewFromRow);
    return Object.assign(new ReviewConnection(), page);
  }

  @Mutation(() => Review, { description: 'One review per user and movie; a second gets ALREADY_REVIEWED' })
  createReview(@Arg('input', () => CreateReviewInput) input: CreateReviewInput, @Ctx() ctx: Context): Promise<Review> {
    return createReview(ctx.em, requireViewer(ctx), parseId(input.movieId, 'movieId'), input);
  }

  @Mutation(() => Review, { description: 'Authors only' })
  updateReview(@Arg('input', () => UpdateReviewInput) input: UpdateReviewInput, @Ctx() ctx: Context): Promise<Review> {
    return updateReview(ctx.em, requireViewer(ctx), parseId(input.id), input);
  }

  @Mutation(() => ReviewDeletion, {
    description: "Authors delete their own reviews; admins any (another's goes in the audit log with the reason)",
  })
  async deleteReview(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Arg('reason', () => String, { nullable: true, description: 'Why an admin removed it' }) reason?: string | null,
  ): Promise<ReviewDeletion> {
    const deleted = await deleteReview(ctx.em, requireViewer(ctx), parseId(id), reason);
    return { id: String(deleted.id), movie: await freshMovie(ctx.em, deleted.movieId) };
  }
}

/** The review fields of a movie: everyone's, and the caller's own. */
@Resolver(() => Movie)
export class MovieReviewsResolver {
  @FieldResolver(() => ReviewConnection, { description: 'Community reviews, newest first unless sorted otherwise' })
  async reviews(
    @Root() movie: Movie,
    @Ctx() { loaders }: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_REVIEWS_PAGE }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('sort', () => ReviewSort, { nullable: true, defaultValue: ReviewSort.NEWEST })
    sort: ReviewSort = ReviewSort.NEWEST,
  ) {
    const size = pageSize(first, MAX_REVIEWS_PAGE, DEFAULT_REVIEWS_PAGE);
    const order: ReviewOrder = sort;
    const keys = REVIEW_ORDERS[order];
    const brought = broughtCompanion(movie, 'reviews', firstReviewsShape({ first, after, sort })) as
      Parameters<typeof reviewsFromJson>[0] | undefined;
    const rows = after
      ? await loaders.reviewsAfter(movie.id, decodeCursor(after, REVIEW_CURSORS[order], keys.length), size, order)
      : brought
        ? reviewsFromJson(brought, loaders.user)
        : await loaders.firstReviews(size, order).load(movie.id);
    const page = toConnection(rows, size, {
      node: (review) => review,
      cursor: (review) =>
        encodeCursor(REVIEW_CURSORS[order], order === 'HELPFUL' ? [review.helpfulCount, review.id] : [review.id]),
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
