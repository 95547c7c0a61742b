import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Orm } from '../../db/orm';
import { logger } from '../common/logger';
import { toNumber, type Row } from '../common/row-mapping';
import { buildItemModel, type ItemModel, type MovieFeatures, type RatingRow } from './item-model';

/** Main cast counted as the film's people, with its director. */
const CAST_FOR_CONTENT = 4;

/**
 * The item model, derived from the database and kept per process: each instance rebuilds its
 * own when the ratings or the catalogue changed, at most once per `refreshMs`. A member's own
 * ratings are read per request, so only other members' new ratings wait for the rebuild.
 */
export class RecommendationModels {
  private model: ItemModel | null = null;
  private signature = '';
  private checkedAt = 0;
  private building: Promise<ItemModel> | null = null;

  constructor(
    private readonly orm: Orm,
    private readonly refreshMs: number,
  ) {}

  /** The current model; the first call waits for a build, later ones refresh in the background. */
  async current(): Promise<ItemModel> {
    if (!this.model) return this.refresh();
    if (Date.now() - this.checkedAt >= this.refreshMs && !this.building) {
      this.refresh().catch((error: unknown) => logger.error('recommendation model refresh failed', { error }));
    }
    return this.model;
  }

  private refresh(): Promise<ItemModel> {
    this.building ??= this.rebuildIfChanged().finally(() => {
      this.building = null;
    });
    return this.building;
  }

  private async rebuildIfChanged(): Promise<ItemModel> {
    const knex = this.orm.em.getKnex();
    this.checkedAt = Date.now();
    const [ratings, movies] = (await Promise.all([
      knex('rating').count({ count: '*' }).max({ id: 'id' }).max({ updated: 'updated_at' }).first(),
      knex('movie').count({ count: '*' }).max({ id: 'id' }).max({ updated: 'updated_at' }).first(),
    ])) as Row[];
    const signature = JSON.stringify([ratings, movies]);
    if (this.model && signature === this.signature) return this.model;
    const started = performance.now();
    const model = await buildItemModel(...(await this.load()), () => yieldToEventLoop());
    this.model = model;
    this.signature = signature;
    logger.info('built the recommendation model', {
      movies: model.movieIds.length,
      ms: Math.round(performance.now() - started),
    });
    return model;
  }

  private async load(): Promise<[RatingRow[], MovieFeatures[]]> {
    const knex = this.orm.em.getKnex();
    const [ratingRows, movieRows, genreRows, castRows] = (await Promise.all([
      knex('rating').select('user_id', 'movie_id', 'score').orderBy('id'),
      knex('movie').select('id', 'director_id').orderBy('id'),
      knex('movie_genre').select('movie_id', 'genre_id'),
      knex('movie_actor').select('movie_id', 'actor_id').where('position', '<', CAST_FOR_CONTENT),
    ])) as Row[][];
    const features = new Map<number, MovieFeatures>();
    for (const row of movieRows) {
      const movieId = toNumber(row.id);
      features.set(movieId, {
        movieId,
        genreIds: [],
        personIds: row.director_id === null ? [] : [toNumber(row.director_id)],
      });
    }
    for (const row of genreRows) features.get(toNumber(row.movie_id))?.genreIds.push(toNumber(row.genre_id));
    for (const row of castRows) {
      const film = features.get(toNumber(row.movie_id));
      const actor = toNumber(row.actor_id);
      if (film && !film.personIds.includes(actor)) film.personIds.push(actor);
    }
    const ratings = ratingRows.map((row) => ({
      userId: toNumber(row.user_id),
      movieId: toNumber(row.movie_id),
      score: toNumber(row.score),
    }));
    return [ratings, [...features.values()]];
  }
}
