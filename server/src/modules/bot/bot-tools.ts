import type { BotReader } from './bot.types';
import type { Em } from '../../db/orm';
import { listMovies } from '../catalogue/movie-list.service';
import type { Movie } from '../catalogue/movie.entity';
import { MovieSort } from '../catalogue/movie.input';
import { averageRating } from '../catalogue/rating-stats';
import { resolveRequest } from './local-bot';
import { recommendFor, withMovies } from '../recommendations/recommendation.service';

const SEARCH_LIMIT = 10;

const asString = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const asYear = (value: unknown) =>
  Number.isInteger(Number(value)) && value !== null && value !== '' ? Number(value) : undefined;

/** searchMovies: the model's criteria through the same filter engine as `movies`. */
export async function searchCatalogue(em: Em, args: Record<string, unknown>): Promise<Movie[]> {
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : [];
  const genres = strings(args.genres);
  const resolved = await resolveRequest(em, {
    intent: 'SEARCH',
    genres,
    yearFrom: asYear(args.yearFrom),
    yearTo: asYear(args.yearTo),
    actor: asString(args.actor),
    director: asString(args.director),
    keywords: asString(args.query)?.split(/\s+/) ?? [],
    excludeGenres: strings(args.excludeGenres),
    excludePeople: strings(args.excludePeople),
  });
  const page = await listMovies(em, {
    first: SEARCH_LIMIT,
    sort: MovieSort.TOP_RATED,
    filter: { ...resolved.filter, search: resolved.filter.search ?? asString(args.query) },
  });
  return page.edges.map((edge) => edge.node);
}

/** Compact rows for the model: enough to choose, little to read. */
export async function movieSummaries(ctx: BotReader, movies: Movie[]) {
  const genres = await ctx.loaders.genresOf.loadMany(movies.map((m) => m.id));
  return movies.map((movie, i) => ({
    id: String(movie.id),
    title: movie.title,
    year: movie.releaseYear,
    genres: Array.isArray(genres[i]) ? (genres[i] as Array<{ name: string }>).map((g) => g.name) : [],
    averageRating: averageRating(movie, 1),
  }));
}

export async function movieDetails(ctx: BotReader, movie: Movie) {
  const [summary] = await movieSummaries(ctx, [movie]);
  const [director, cast] = await Promise.all([
    movie.director ? ctx.loaders.person.load(movie.director.id) : null,
    ctx.loaders.castOf.load(movie.id),
  ]);
  return {
    ...summary,
    description: movie.description,
    director: director?.name ?? null,
    mainActors: cast.map((a) => a.name),
  };
}

export async function similarSummaries(ctx: BotReader, movieId: number) {
  const similar = await ctx.loaders.similarTo(5).load(movieId);
  return movieSummaries(
    ctx,
    similar.map((s) => s.movie),
  );
}

export interface PersonalPicks {
  /** False for guests: they get the best rated instead. */
  personal: boolean;
  picks: Array<{ movie: Movie; reason: string }>;
}

/** "What should I watch?": a member's recommendations not shown yet in this conversation; guests get the best rated. */
export async function picksForCaller(ctx: BotReader, shown: Set<number>, count: number): Promise<PersonalPicks> {
  if (!ctx.viewer) {
    const page = await listMovies(ctx.em, { first: count + shown.size, sort: MovieSort.TOP_RATED });
    const movies = page.edges.map((edge) => edge.node).filter((movie) => !shown.has(movie.id));
    return { personal: false, picks: movies.slice(0, count).map((movie) => ({ movie, reason: 'Top rated' })) };
  }
  const recommended = await recommendFor(ctx.em, ctx.services.recommendations, ctx.viewer.id, count + shown.size);
  const fresh = recommended.filter((pick) => !shown.has(pick.movieId)).slice(0, count);
  return { personal: true, picks: await withMovies(fresh, ctx.loaders.movie) };
}
