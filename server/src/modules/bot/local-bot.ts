import type { CatalogueLoaders } from '../catalogue/catalogue.loaders';
import { listMovies } from '../catalogue/movie-list.service';
import type { Movie } from '../catalogue/movie.entity';
import { MovieSort, type MovieFilter } from '../catalogue/movie.input';
import { isPostgres } from '../../db/dialect';
import { searchPeople } from '../catalogue/people-search';
import { parseSearch } from '../catalogue/search-query';
import { nameKey } from '../catalogue/names';
import type { Em } from '../../db/orm';
import { parseBotRequest, type BotIntentName, type BotRequest } from './bot-request';
import type { Conversation } from './conversations';
import { picksForCaller } from './bot-tools';
import type { BotReader } from './bot.types';

export const MAX_PICKS = 3;
const CANDIDATES = 60;

export interface BotAnswer {
  intent: BotIntentName;
  text: string;
  movies: Movie[];
}

interface Resolved {
  filter: MovieFilter;
  likeMovie?: Movie;
  described: string;
  /** The message was a bare name that matched nobody. */
  unknownName: boolean;
}

interface FoundPerson {
  id: number;
  name: string;
  directedCount: number;
  actedInCount: number;
}

/**
 * The best-matching person (typos tolerated through the catalogue's search), credited in `role`
 * when one is asked; `closeOnly` wants the name itself, not just its words somewhere.
 */
async function findPerson(
  em: Em,
  name: string,
  role?: 'actor' | 'director',
  closeOnly = false,
): Promise<FoundPerson | null> {
  const knex = em.getKnex();
  const postgres = isPostgres(em);
  const search = await parseSearch(knex, postgres, name);
  if (!search) return null;
  const matches = await searchPeople(knex, postgres, search, 5, { withRoles: true });
  const match = matches.find(
    (m) =>
      (!closeOnly || m.tier >= 2) &&
      (role === undefined || ((role === 'director' ? m.directedCount : m.actedInCount) ?? 0) > 0),
  );
  return match
    ? {
        id: match.person.id,
        name: match.person.name,
        directedCount: match.directedCount ?? 0,
        actedInCount: match.actedInCount ?? 0,
      }
    : null;
}

async function findTitle(em: Em, title: string): Promise<Movie | null> {
  const page = await listMovies(em, { first: 1, sort: MovieSort.TOP_RATED, filter: { search: title } });
  return page.edges[0]?.node ?? null;
}

/** Turns the parsed request into a catalogue filter, looking names up; unknown names become search words. */
export async function resolveRequest(em: Em, request: BotRequest): Promise<Resolved> {
  const filter: MovieFilter = {
    genres: request.genres.length ? request.genres : null,
    yearFrom: request.yearFrom ?? null,
    yearTo: request.yearTo ?? null,
  };
  const words: string[] = [...request.keywords];
  const parts: string[] = [];
  if (request.genres.length) parts.push(request.genres.join(' and ').toLowerCase());
  parts.push('movies');
  let named: FoundPerson | null = null;
  if (request.name) {
    named = await findPerson(em, request.name, undefined, true);
    // Someone known mostly as a director gets their films; anyone else, the films they star in.
    if (named && named.directedCount >= named.actedInCount) {
      filter.directorId = String(named.id);
      parts.push(`directed by ${named.name}`);
    } else if (named) {
      filter.actorId = String(named.id);
      parts.push(`starring ${named.name}`);
    } else words.push(...request.name.split(' '));
  }
  // "with X" may name a director and "by X" an actor: the asked role first, then the other.
  for (const [asked, name] of [
    ['actor', request.actor],
    ['director', request.director],
  ] as const) {
    if (!name) continue;
    const other = asked === 'actor' ? 'director' : 'actor';
    const askedMatch = await findPerson(em, name, asked);
    const match = askedMatch
      ? { role: asked, person: askedMatch }
      : await findPerson(em, name, other).then((p) => (p ? { role: other, person: p } : null));
    if (!match) {
      words.push(...name.split(' '));
    } else if (match.role === 'director') {
      filter.directorId = String(match.person.id);
      parts.push(`directed by ${match.person.name}`);
    } else {
      filter.actorId = String(match.person.id);
      parts.push(`starring ${match.person.name}`);
    }
  }
  if (request.yearFrom !== undefined && request.yearTo !== undefined) {
    parts.push(
      request.yearFrom === request.yearTo ? `from ${request.yearFrom}` : `from ${request.yearFrom}-${request.yearTo}`,
    );
  } else if (request.yearFrom !== undefined) parts.push(`from ${request.yearFrom} on`);
  else if (request.yearTo !== undefined) parts.push(`before ${request.yearTo + 1}`);
  let likeMovie: Movie | undefined;
  if (request.likeTitle) {
    likeMovie = (await findTitle(em, request.likeTitle)) ?? undefined;
    if (likeMovie) parts.push(`like ${likeMovie.title}`);
    else words.push(...request.likeTitle.split(' '));
    if (likeMovie && request.likeWhen === 'newer') {
      filter.yearFrom = Math.max(filter.yearFrom ?? 0, likeMovie.releaseYear + 1);
      parts.push(`but newer than ${likeMovie.releaseYear}`);
    } else if (likeMovie && request.likeWhen === 'older') {
      filter.yearTo = Math.min(filter.yearTo ?? 9999, likeMovie.releaseYear - 1);
      parts.push(`but older than ${likeMovie.releaseYear}`);
    }
  }
  if (request.excludeGenres.length) {
    filter.excludeGenres = request.excludeGenres;
    parts.push(`but no ${request.excludeGenres.join(' or ').toLowerCase()}`);
  }
  const excluded: FoundPerson[] = [];
  for (const name of request.excludePeople) {
    const person = await findPerson(em, name);
    if (person) excluded.push(person);
  }
  if (excluded.length) {
    filter.excludePersonIds = excluded.map((person) => String(person.id));
    parts.push(`without ${excluded.map((person) => person.name).join(' or ')}`);
  }
  const hasStructure = Boolean(
    filter.genres ||
    filter.yearFrom ||
    filter.yearTo ||
    filter.actorId ||
    filter.directorId ||
    likeMovie ||
    filter.excludeGenres ||
    filter.excludePersonIds,
  );
  if (words.length && !hasStructure) {
    filter.search = words.join(' ');
    parts.push(`about "${words.join(' ')}"`);
  }
  return { filter, likeMovie, described: parts.join(' '), unknownName: Boolean(request.name && !named) };
}

/** Best-rated matches this conversation has not shown yet. */
async function pick(em: Em, loaders: CatalogueLoaders, resolved: Resolved, shown: Set<number>): Promise<Movie[]> {
  let candidates: Movie[];
  if (resolved.likeMovie) {
    const similar = await loaders.similarTo(20).load(resolved.likeMovie.id);
    candidates = await withoutExcluded(
      loaders,
      similar.map((s) => s.movie).filter((m) => matchesYears(m, resolved.filter)),
      resolved.filter,
    );
  } else {
    candidates = (
      await listMovies(em, { first: CANDIDATES, sort: MovieSort.TOP_RATED, filter: resolved.filter })
    ).edges.map((e) => e.node);
  }
  return candidates.filter((m) => !shown.has(m.id)).slice(0, MAX_PICKS);
}

/** The similar-movie path applies the filter's exclusions itself (the list query does for the rest). */
async function withoutExcluded(loaders: CatalogueLoaders, movies: Movie[], filter: MovieFilter): Promise<Movie[]> {
  const genres = new Set((filter.excludeGenres ?? []).map(nameKey));
  const people = new Set((filter.excludePersonIds ?? []).map(Number));
  if (genres.size === 0 && people.size === 0) return movies;
  // One batch per relation for all the candidates, not a statement per movie.
  const ids = movies.map((movie) => movie.id);
  const [genresOf, castOf] = await Promise.all([loaders.genresOf.loadMany(ids), loaders.castOf.loadMany(ids)]);
  return movies.filter((movie, i) => {
    const movieGenres = genresOf[i];
    const cast = castOf[i];
    if (movieGenres instanceof Error) throw movieGenres;
    if (cast instanceof Error) throw cast;
    if (movieGenres.some((genre) => genres.has(genre.nameKey))) return false;
    return !people.has(movie.director?.id ?? -1) && !cast.some((actor) => people.has(actor.id));
  });
}

function matchesYears(movie: Movie, filter: MovieFilter): boolean {
  return (
    (filter.yearFrom == null || movie.releaseYear >= filter.yearFrom) &&
    (filter.yearTo == null || movie.releaseYear <= filter.yearTo)
  );
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const list = (movies: Movie[]) => movies.map((m) => `${m.title} (${m.releaseYear})`).join(', ');

/**
 * The offline provider: rules, our own catalogue, templated replies. Also the fallback whenever an
 * AI provider fails.
 */
export async function answerLocally(ctx: BotReader, conversation: Conversation, message: string): Promise<BotAnswer> {
  const { em, loaders } = ctx;
  const request = parseBotRequest(message);
  const shown = new Set(conversation.shownMovieIds);
  switch (request.intent) {
    case 'CHAT':
      return {
        intent: 'CHAT',
        movies: [],
        text: 'Hello! Ask me for movies by genre, decade, actor or director, or "movies like Alien".',
      };
    case 'OFF_TOPIC':
      return {
        intent: 'OFF_TOPIC',
        movies: [],
        text: 'I can only help with movies. Try "80s sci-fi" or "comedies with Bill Murray".',
      };
    case 'FOR_ME': {
      const { personal, picks } = await picksForCaller(ctx, shown, MAX_PICKS);
      const movies = picks.map((pick) => pick.movie);
      const lines = picks.map((pick) => `${pick.movie.title} (${pick.movie.releaseYear}), ${lowerFirst(pick.reason)}`);
      let text: string;
      if (!movies.length) text = 'I have nothing new to suggest; rate a few more films and ask again.';
      else if (!personal)
        text = `Log in and rate a few films and I will pick for your taste. Meanwhile, our members' favourites: ${list(movies)}.`;
      else if (picks.every((pick) => pick.reason === 'Highly rated by MyMDB members'))
        text = `Rate a few films and I will learn your taste. For now, our members' favourites: ${list(movies)}.`;
      else text = `For you: ${lines.join('; ')}.`;
      return { intent: 'FOR_ME', movies, text };
    }
    case 'SUMMARY': {
      const movies = (await loaders.movie.loadMany(conversation.shownMovieIds)).filter((m): m is Movie =>
        Boolean(m && !(m instanceof Error)),
      );
      return {
        intent: 'SUMMARY',
        movies: [],
        text: movies.length
          ? `So far I have shown you ${movies.length}: ${list(movies)}.`
          : 'I have not shown you any movies yet.',
      };
    }
    case 'MORE': {
      if (!conversation.lastRequest)
        return { intent: 'MORE', movies: [], text: 'More of what? Tell me a genre, a decade or a person first.' };
      const resolved = await resolveRequest(em, conversation.lastRequest);
      const movies = await pick(em, loaders, resolved, shown);
      return {
        intent: 'MORE',
        movies,
        text: movies.length
          ? `More ${resolved.described}: ${list(movies)}.`
          : `That is all the ${resolved.described} I have.`,
      };
    }
    default: {
      const resolved = await resolveRequest(em, request);
      const movies = await pick(em, loaders, resolved, shown);
      if (resolved.unknownName && movies.length === 0)
        return {
          intent: 'OFF_TOPIC',
          movies: [],
          text: `I know no one called "${request.name}" and no film about it. Try "80s sci-fi" or "comedies with Bill Murray".`,
        };
      conversation.lastRequest = request;
      return {
        intent: 'SEARCH',
        movies,
        text: movies.length
          ? `Here are ${resolved.described}: ${list(movies)}.`
          : `I found no ${resolved.described} in our catalogue.`,
      };
    }
  }
}
