import { createHash } from 'node:crypto';
import type { Em } from '../../db/orm';
import { recordAudit } from '../accounts/audit.service';
import { notFound } from '../common/errors';
import { logger } from '../common/logger';
import type { FileStorage } from '../storage/storage';
import { posterImages, variantKey, POSTER_WIDTHS } from './poster-images';

/**
 * Stores an admin's poster (checked by content) with its resized copies, points the movie at it
 * and removes the previous poster's files. Files are written before the row changes, and removed
 * only after it changed: a failure leaves the old poster working.
 */
export async function uploadPoster(
  em: Em,
  storage: FileStorage,
  actorId: number,
  movieId: number,
  bytes: Buffer,
): Promise<void> {
  const knex = em.getKnex();
  const movie: { poster_path: string | null; poster_widths: string | null } | undefined = await knex('movie')
    .where('id', movieId)
    .first('poster_path', 'poster_widths');
  if (!movie) throw notFound('Movie', movieId);
  const images = await posterImages(bytes);
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const key = `posters/uploads/${movieId}-${digest}.${images.extension}`;
  await storage.put(key, bytes, images.contentType);
  for (const variant of images.variants) await storage.put(variantKey(key, variant.width), variant.bytes, 'image/webp');
  const widths = POSTER_WIDTHS.join(',');
  await em.transactional(async (tx) => {
    await tx.getKnex()('movie').transacting(tx.getTransactionContext()!).where('id', movieId).update({
      poster_path: key,
      poster_widths: widths,
    });
    await recordAudit(tx, {
      actorId,
      action: 'uploadPoster',
      targetType: 'Movie',
      targetId: movieId,
      before: { posterPath: movie.poster_path },
      after: { posterPath: key, bytes: bytes.length },
    });
  });
  const previous = movie.poster_path;
  if (previous && previous !== key) {
    const stale = [
      previous,
      ...(movie.poster_widths ?? '')
        .split(',')
        .filter(Boolean)
        .map((w) => variantKey(previous, Number(w))),
    ];
    for (const file of stale)
      await storage
        .remove(file)
        .catch((error: unknown) => logger.warn('could not remove an old poster', { file, error }));
  }
}
