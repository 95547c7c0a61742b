import type { Services } from '../context';
import { Movie } from '../modules/catalogue/movie.entity';
import { logger } from '../modules/common/logger';
import { DEMO_MOVIES } from './demo-movies';
import { seedDemoCommunity } from './demo-community-seeder';
import { posterSvg } from './poster-svg';

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The demo catalogue as TMDB-style records, so it goes through the same importer as any upload. */
export function demoRecords() {
  return DEMO_MOVIES.map(([title, year, director, actors, genres, description]) => ({
    title,
    release_year: year,
    director,
    main_actors: actors,
    genres,
    description,
    poster: `posters/demo/${slug(title)}-${year}.svg`,
  }));
}

/** Loads the demo catalogue on first start; an instance whose catalogue has any movie is left alone. */
export async function seedDemoCatalogue(services: Services): Promise<void> {
  const em = services.orm.em.fork();
  if ((await em.count(Movie, {})) > 0) return;
  const records = demoRecords();
  for (const record of records) {
    if (!(await services.storage.exists(record.poster))) {
      const svg = posterSvg(record.title, record.release_year, record.genres, record.director);
      await services.storage.put(record.poster, Buffer.from(svg), 'image/svg+xml');
    }
  }
  const report = await services.importer.importRecords(records);
  logger.info('loaded the demo catalogue', { movies: report.moviesCreated, errors: report.errors.length });
  if (services.config.seedDemoCommunity) await seedDemoCommunity(em);
}
