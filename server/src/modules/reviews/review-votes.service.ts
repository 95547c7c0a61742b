import type { Knex } from '@mikro-orm/knex';
import { isPostgres } from '../../db/dialect';
import type { Em } from '../../db/orm';
import { badInput, notFound } from '../common/errors';

/**
 * Marks a review helpful (once per member) or takes the mark back. The count on the review is
 * recomputed from the votes in the same transaction, so racing votes cannot drift it.
 */
export async function markReviewHelpful(em: Em, userId: number, reviewId: number, helpful: boolean): Promise<void> {
  await em.transactional(async (tx) => {
    // Queries built on the transaction's connection, so the count sees this transaction's vote.
    const knex = tx.getTransactionContext<Knex.Transaction>()!;
    // Votes on one review queue on its row, so each recount sees the votes committed before it.
    const reading = knex('review').where('id', reviewId).first('user_id');
    const review = (await (isPostgres(tx) ? reading.forUpdate() : reading)) as { user_id: number } | undefined;
    if (!review) throw notFound('Review', reviewId);
    if (Number(review.user_id) === userId) throw badInput('reviewId', 'You cannot mark your own review helpful');
    if (helpful) {
      await knex('review_vote')
        .insert({ review_id: reviewId, user_id: userId })
        .onConflict(['review_id', 'user_id'])
        .ignore();
    } else {
      await knex('review_vote').where({ review_id: reviewId, user_id: userId }).delete();
    }
    await knex('review')
      .where('id', reviewId)
      .update({ helpful_count: knex('review_vote').where('review_id', reviewId).count('*') });
  });
}
