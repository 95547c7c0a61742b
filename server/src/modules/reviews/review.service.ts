import { recordAudit } from '../accounts/audit.service';
import type { Viewer } from '../accounts/viewer';
import type { Em } from '../../db/orm';
import { badInput, DomainError, forbidden, notFound } from '../common/errors';
import { Movie } from '../catalogue/movie.entity';
import { Review } from './review.entity';

export const REVIEW_TITLE_MAX = 200;
export const REVIEW_BODY_MAX = 5000;
const REASON_MAX = 500;

function cleanTitle(title: string): string {
  const text = title.replace(/\s+/g, ' ').trim();
  if (!text) throw badInput('title', 'A review needs a title');
  if (text.length > REVIEW_TITLE_MAX) throw badInput('title', `Title must be at most ${REVIEW_TITLE_MAX} characters`);
  return text;
}

function cleanBody(body: string): string {
  const text = body.trim();
  if (!text) throw badInput('body', 'A review needs some text');
  if (text.length > REVIEW_BODY_MAX) throw badInput('body', `Review must be at most ${REVIEW_BODY_MAX} characters`);
  return text;
}

const alreadyReviewed = () =>
  new DomainError('ALREADY_REVIEWED', 'You have already reviewed this movie; edit your review instead', {
    field: 'movieId',
  });

/** One review per user and movie; the unique index is the final word when two requests race. */
export async function createReview(
  em: Em,
  viewer: Viewer,
  movieId: number,
  input: { title: string; body: string; containsSpoilers?: boolean | null },
): Promise<Review> {
  const title = cleanTitle(input.title);
  const body = cleanBody(input.body);
  if (!(await em.count(Movie, { id: movieId }))) throw notFound('Movie', movieId);
  if (await em.count(Review, { user: viewer.id, movie: movieId })) throw alreadyReviewed();
  const review = em.create(Review, {
    user: viewer.id,
    movie: movieId,
    title,
    body,
    containsSpoilers: input.containsSpoilers ?? false,
  });
  try {
    await em.persistAndFlush(review);
  } catch (error) {
    if ((error as Error).name === 'UniqueConstraintViolationException') throw alreadyReviewed();
    throw error;
  }
  return review;
}

async function ownReview(em: Em, viewer: Viewer, id: number, allowAdmin: boolean): Promise<Review> {
  const review = await em.findOne(Review, id);
  if (!review) throw notFound('Review', id);
  if (review.user.id !== viewer.id && !(allowAdmin && viewer.isAdmin))
    throw forbidden('You can only change your own reviews');
  return review;
}

export async function updateReview(
  em: Em,
  viewer: Viewer,
  id: number,
  input: { title?: string | null; body?: string | null; containsSpoilers?: boolean | null },
): Promise<Review> {
  const review = await ownReview(em, viewer, id, false);
  if (input.title != null) review.title = cleanTitle(input.title);
  if (input.body != null) review.body = cleanBody(input.body);
  if (input.containsSpoilers != null) review.containsSpoilers = input.containsSpoilers;
  await em.flush();
  return review;
}

/**
 * Authors delete their own reviews; admins may delete any. The delete is conditional on the row
 * still being there: of concurrent deletes of one review exactly one succeeds, the rest get
 * NOT_FOUND (a unit-of-work remove would report success to all of them).
 */
export async function deleteReview(
  em: Em,
  viewer: Viewer,
  id: number,
  reason?: string | null,
): Promise<{ id: number; movieId: number }> {
  const review = await ownReview(em, viewer, id, true);
  const movieId = review.movie.id;
  if (reason && reason.length > REASON_MAX) throw badInput('reason', `Keep the reason under ${REASON_MAX} characters`);
  await em.transactional(async (tx) => {
    const deleted = await tx.nativeDelete(Review, { id });
    if (deleted !== 1) throw notFound('Review', id);
    // An admin removing someone else's review is moderation: it goes in the audit log, with the reason.
    if (review.user.id !== viewer.id)
      await recordAudit(tx, {
        actorId: viewer.id,
        action: 'deleteReview',
        targetType: 'Review',
        targetId: id,
        before: { authorId: review.user.id, movieId, title: review.title, body: review.body },
        reason,
      });
  });
  return { id, movieId };
}
