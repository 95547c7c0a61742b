import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Orm } from '../../db/orm';
import { logger } from '../common/logger';
import { toNumber, type Row } from '../common/row-mapping';
import { buildItemModel, type ItemModel, type MovieFeatures, type RatingColumns } from './item-model';

/** Main cast counted as the film's people, with its director. */
const CAST_FOR_CONTENT = 4;
const RATINGS_PAGE = 20_000;

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

  private async load(): Promise<[RatingColumns, MovieFeatures[]]> {
    const knex = this.orm.em.getKnex();
    const [ratings, movieRows, genreRows, castRows] = await Promise.all([
      this.loadRatings(),
      knex('movie').select('id', 'director_id').orderBy('id') as Promise<Row[]>,
      knex('movie_genre').select('movie_id', 'genre_id') as Promise<Row[]>,
      knex('movie_actor').select('movie_id', 'actor_id').where('position', '<', CAST_FOR_CONTENT) as Promise<Row[]>,
    ]);
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
    return [ratings, [...features.values()]];
  }

  /** Every rating, read a page at a time straight into columns: never 200,000 row objects at once. */
  private async loadRatings(): Promise<RatingColumns> {
    const knex = this.orm.em.getKnex();
    const { count } = (await knex('rating').count({ count: '*' }).first()) as Row;
    // Ratings added while reading wait for the next rebuild.
    const capacity = toNumber(count);
    const columns: RatingColumns = {
      length: 0,
      userId: new Int32Array(capacity),
      movieId: new Int32Array(capacity),
      score: new Uint8Array(capacity),
    };
    let after = 0;
    while (columns.length < capacity) {
      const page = (await knex('rating')
        .select('id', 'user_id', 'movie_id', 'score')
        .where('id', '>', after)
        .orderBy('id')
        .limit(RATINGS_PAGE)) as Row[];
      if (page.length === 0) break;
      for (const row of page) {
        if (columns.length === capacity) break;
        columns.userId[columns.length] = toNumber(row.user_id);
        columns.movieId[columns.length] = toNumber(row.movie_id);
        columns.score[columns.length] = toNumber(row.score);
        columns.length += 1;
      }
      after = toNumber(page[page.length - 1].id);
    }
    return columns;
  }
}
