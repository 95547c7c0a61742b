import type { CatalogueLoaders } from '../catalogue/catalogue.loaders';
import { listMovies } from '../catalogue/movie-list.service';
import type { Movie } from '../catalogue/movie.entity';
import { MovieSort, type MovieFilter } from '../catalogue/movie.input';
import { isPostgres } from '../../db/dialect';
import { searchPeople } from '../catalogue/people-search';
import { parseSearch } from '../catalogue/search-query';
import type { Em } from '../../db/orm';
import { parseBotRequest, type BotIntentName, type BotRequest } from './bot-request';
import type { Conversation } from './conversations';

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
}

/** The best-matching person credited in `role` (typos tolerated through the catalogue's search). */
async function findPerson(
  em: Em,
  role: 'actor' | 'director',
  name: string,
): Promise<{ id: number; name: string } | null> {
  const knex = em.getKnex();
  const postgres = isPostgres(em);
  const search = await parseSearch(knex, postgres, name);
  if (!search) return null;
  const matches = await searchPeople(knex, postgres, search, 5);
  const match = matches.find((m) => (role === 'director' ? m.directedCount : m.actedInCount) > 0);
  return match ? { id: match.person.id, name: match.person.name } : null;
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
  // "with X" may name a director and "by X" an actor: the asked role first, then the other.
  for (const [asked, name] of [
    ['actor', request.actor],
    ['director', request.director],
  ] as const) {
    if (!name) continue;
    const other = asked === 'actor' ? 'director' : 'actor';
    const askedMatch = await findPerson(em, asked, name);
    const match = askedMatch
      ? { role: asked, person: askedMatch }
      : await findPerson(em, other, name).then((p) => (p ? { role: other, person: p } : null));
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
  }
  const hasStructure = Boolean(
    filter.genres || filter.yearFrom || filter.yearTo || filter.actorId || filter.directorId || likeMovie,
  );
  if (words.length && !hasStructure) {
    filter.search = words.join(' ');
    parts.push(`about "${words.join(' ')}"`);
  }
  return { filter, likeMovie, described: parts.join(' ') };
}

/** Best-rated matches this conversation has not shown yet. */
async function pick(em: Em, loaders: CatalogueLoaders, resolved: Resolved, shown: Set<number>): Promise<Movie[]> {
  let candidates: Movie[];
  if (resolved.likeMovie) {
    const similar = await loaders.similarTo(20).load(resolved.likeMovie.id);
    candidates = similar.map((s) => s.movie).filter((m) => matchesYears(m, resolved.filter));
  } else {
    candidates = (
      await listMovies(em, { first: CANDIDATES, sort: MovieSort.TOP_RATED, filter: resolved.filter })
    ).edges.map((e) => e.node);
  }
  return candidates.filter((m) => !shown.has(m.id)).slice(0, MAX_PICKS);
}

function matchesYears(movie: Movie, filter: MovieFilter): boolean {
  return (
    (filter.yearFrom == null || movie.releaseYear >= filter.yearFrom) &&
    (filter.yearTo == null || movie.releaseYear <= filter.yearTo)
  );
}

const list = (movies: Movie[]) => movies.map((m) => `${m.title} (${m.releaseYear})`).join(', ');

/**
 * The offline provider: rules, our own catalogue, templated replies. Also the fallback whenever an
 * AI provider fails.
 */
export async function answerLocally(
  em: Em,
  loaders: CatalogueLoaders,
  conversation: Conversation,
  message: string,
): Promise<BotAnswer> {
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
