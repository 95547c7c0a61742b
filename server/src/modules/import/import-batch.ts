import type { EntityName } from '@mikro-orm/core';
import type { Em } from '../../db/orm';
import { Genre } from '../catalogue/genre.entity';
import { MovieActor, MovieGenre } from '../catalogue/movie-credit.entity';
import { Movie } from '../catalogue/movie.entity';
import { Person } from '../catalogue/person.entity';
import { addTerms, movieSearchColumns, refreshFilmCounts, termsOf } from '../catalogue/search-index';
import type { Row } from '../common/row-mapping';
import { nameKey, personSearchName, sortTitle, splitName } from '../catalogue/names';
import type { MovieRecord } from './tmdb-record';

export interface BatchTally {
  moviesCreated: number;
  moviesUpdated: number;
  moviesUnchanged: number;
  genresCreated: number;
  directorsCreated: number;
  actorsCreated: number;
}

interface ExistingMovie {
  id: number;
  title: string;
  releaseYear: number;
  description: string;
  posterPath: string | null;
  posterWidths: string | null;
  director: number | null;
}

/** Billing-ordered actor ids and genre ids of one movie. */
interface Credits {
  cast: number[];
  genres: number[];
}

const movieKey = (title: string, year: number) => `${year}\u0000${title}`;

/** Ids of named rows, inserting the missing ones: one select, one multi-row insert, one select. */
async function ensureByKey<T extends object>(
  em: Em,
  entity: EntityName<T>,
  byKey: Map<string, Record<string, unknown>>,
): Promise<{ ids: Map<string, number>; created: number }> {
  const keys = [...byKey.keys()];
  const ids = new Map<string, number>();
  if (keys.length === 0) return { ids, created: 0 };
  const lookUp = async (wanted: string[]) => {
    const rows = await em
      .createQueryBuilder(entity)
      .select(['id', 'nameKey'])
      .where({ nameKey: { $in: wanted } } as never)
      .execute<Array<{ id: number; nameKey: string }>>('all');
    for (const row of rows) ids.set(row.nameKey, row.id);
  };
  await lookUp(keys);
  const missing = keys.filter((key) => !ids.has(key));
  if (missing.length > 0) {
    await em.insertMany(entity, missing.map((key) => byKey.get(key)!) as never);
    await lookUp(missing);
  }
  return { ids, created: missing.length };
}

function personRow(name: string): Record<string, unknown> {
  return { ...splitName(name), nameKey: nameKey(name), searchName: personSearchName(name) };
}

function sameList(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * Writes one batch of validated records with set-based statements. Runs inside the caller's
 * transaction, so a failure leaves nothing half-written.
 */
/** `posterFound`: record index → the widths of its poster's resized copies ('' for none), for posters in storage. */
export async function writeBatch(
  em: Em,
  records: MovieRecord[],
  posterFound: Map<number, string>,
): Promise<BatchTally> {
  const genres = new Map<string, Record<string, unknown>>();
  const directors = new Map<string, Record<string, unknown>>();
  const actors = new Map<string, Record<string, unknown>>();
  for (const record of records) {
    for (const name of record.genres)
      if (!genres.has(nameKey(name))) genres.set(nameKey(name), { name, nameKey: nameKey(name) });
    if (record.director) directors.set(nameKey(record.director), personRow(record.director));
    for (const name of record.actors) actors.set(nameKey(name), personRow(name));
  }
  const genreIds = await ensureByKey(em, Genre, genres);
  const directorIds = await ensureByKey(em, Person, directors);
  // Ids of directors just created count as existing here: one person, whatever the role.
  const actorIds = await ensureByKey(em, Person, actors);

  const existing = await findMovies(em, records);
  const existingIds = [...existing.values()].map((m) => m.id);
  const currentCast = await creditsOf(em, MovieActor, 'actor', existingIds);
  const currentGenres = await creditsOf(em, MovieGenre, 'genre', existingIds);

  const tally: BatchTally = {
    moviesCreated: 0,
    moviesUpdated: 0,
    moviesUnchanged: 0,
    genresCreated: genreIds.created,
    directorsCreated: directorIds.created,
    actorsCreated: actorIds.created,
  };
  const now = new Date();
  const toCreate: Array<{ record: MovieRecord; row: Record<string, unknown>; credits: Credits }> = [];
  const creditsToWrite = new Map<number, Credits>();
  const moviesWithStaleCredits: number[] = [];
  const terms = new Set<string>();
  // Everyone who may gain or lose a film: this batch's people, and those credited before on changed movies.
  const creditedPeople = [...directorIds.ids.values(), ...actorIds.ids.values()];

  for (const record of records) {
    const directorId = record.director ? directorIds.ids.get(nameKey(record.director))! : null;
    const cast = record.actors.map((name) => actorIds.ids.get(nameKey(name))!);
    const genreList = record.genres.map((name) => genreIds.ids.get(nameKey(name))!);
    const posterPath = posterFound.has(record.index) ? record.posterKey : null;
    const posterWidths = posterPath ? posterFound.get(record.index) || null : null;
    // Written with the movie: a record names everything search reads, so no second pass is needed.
    const search = movieSearchColumns({
      title: record.title,
      description: record.description,
      people: [...(record.director ? [record.director] : []), ...record.actors],
      genres: record.genres,
    });
    for (const term of termsOf(search)) terms.add(term);
    const searchFields = {
      searchTitle: search.search_title,
      searchPeople: search.search_people,
      searchGenres: search.search_genres,
      searchDescription: search.search_description,
    };
    const current = existing.get(movieKey(record.title, record.releaseYear));
    if (!current) {
      toCreate.push({
        record,
        row: {
          title: record.title,
          sortTitle: sortTitle(record.title),
          releaseYear: record.releaseYear,
          description: record.description,
          posterPath,
          posterWidths,
          director: directorId,
          ...searchFields,
          createdAt: now,
          updatedAt: now,
        },
        credits: { cast, genres: genreList },
      });
      continue;
    }
    const changes: Record<string, unknown> = {};
    if (current.description !== record.description) changes.description = record.description;
    if ((current.director ?? null) !== directorId) changes.director = directorId;
    if (posterPath && (current.posterPath !== posterPath || current.posterWidths !== posterWidths)) {
      changes.posterPath = posterPath;
      changes.posterWidths = posterWidths;
    }
    const creditsChanged =
      !sameList(currentCast.get(current.id) ?? [], cast) || !sameList(currentGenres.get(current.id) ?? [], genreList);
    if (Object.keys(changes).length === 0 && !creditsChanged) {
      tally.moviesUnchanged++;
      continue;
    }
    tally.moviesUpdated++;
    if (current.director) creditedPeople.push(current.director);
    creditedPeople.push(...(currentCast.get(current.id) ?? []));
    await em.nativeUpdate(Movie, { id: current.id }, { ...changes, ...searchFields, updatedAt: now });
    if (creditsChanged) {
      moviesWithStaleCredits.push(current.id);
      creditsToWrite.set(current.id, { cast, genres: genreList });
    }
  }

  if (toCreate.length > 0) {
    await em.insertMany(Movie, toCreate.map((c) => c.row) as never);
    const created = await findMovies(
      em,
      toCreate.map((c) => c.record),
    );
    for (const { record, credits } of toCreate)
      creditsToWrite.set(created.get(movieKey(record.title, record.releaseYear))!.id, credits);
    tally.moviesCreated = toCreate.length;
  }
  await replaceCredits(em, moviesWithStaleCredits, creditsToWrite);
  const execute = (sql: string, params: unknown[]) =>
    em.getConnection().execute<Row[]>(sql, params, 'all', em.getTransactionContext());
  await addTerms(execute, [...terms]);
  await refreshFilmCounts(execute, creditedPeople);
  return tally;
}

async function findMovies(em: Em, records: MovieRecord[]): Promise<Map<string, ExistingMovie>> {
  const titles = [...new Set(records.map((r) => r.title))];
  const rows = await em
    .createQueryBuilder(Movie)
    .select(['id', 'title', 'releaseYear', 'description', 'posterPath', 'posterWidths', 'director'])
    .where({ title: { $in: titles } })
    .execute<ExistingMovie[]>('all');
  const wanted = new Set(records.map((r) => movieKey(r.title, r.releaseYear)));
  return new Map(
    rows.filter((m) => wanted.has(movieKey(m.title, m.releaseYear))).map((m) => [movieKey(m.title, m.releaseYear), m]),
  );
}

/** Current credits per movie, in billing order. */
async function creditsOf(
  em: Em,
  entity: typeof MovieActor | typeof MovieGenre,
  target: 'actor' | 'genre',
  movieIds: number[],
): Promise<Map<number, number[]>> {
  const result = new Map<number, number[]>();
  if (movieIds.length === 0) return result;
  const rows = await em
    .createQueryBuilder(entity)
    .select(['movie', target])
    .where({ movie: { $in: movieIds } })
    .orderBy({ movie: 'asc', position: 'asc' })
    .execute<Array<Record<string, number>>>('all');
  for (const row of rows) {
    const list = result.get(row.movie) ?? [];
    list.push(row[target]);
    result.set(row.movie, list);
  }
  return result;
}

async function replaceCredits(em: Em, staleMovieIds: number[], credits: Map<number, Credits>): Promise<void> {
  if (staleMovieIds.length > 0) {
    await em.nativeDelete(MovieActor, { movie: { $in: staleMovieIds } });
    await em.nativeDelete(MovieGenre, { movie: { $in: staleMovieIds } });
  }
  const castRows: Array<Record<string, number>> = [];
  const genreRows: Array<Record<string, number>> = [];
  for (const [movie, { cast, genres }] of credits) {
    cast.forEach((actor, position) => castRows.push({ movie, actor, position }));
    genres.forEach((genre, position) => genreRows.push({ movie, genre, position }));
  }
  if (castRows.length > 0) await em.insertMany(MovieActor, castRows as never);
  if (genreRows.length > 0) await em.insertMany(MovieGenre, genreRows as never);
}
