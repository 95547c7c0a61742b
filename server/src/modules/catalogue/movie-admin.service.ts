import { dbTimestamp } from '../../db/dialect';
import type { Em } from '../../db/orm';
import { recordAudit } from '../accounts/audit.service';
import { badInput, notFound } from '../common/errors';
import { parseId } from '../common/pagination';
import { toNumber } from '../common/row-mapping';
import { collapseSpaces } from '../common/text';
import { executeIn, existingIds, isUniqueViolation } from './admin-sql';
import { sortTitle } from './names';
import { refreshFilmCounts, refreshMovieSearch } from './search-index';

/** Admin edits of films: each in one transaction with its audit entry and search upkeep. */
export const MAX_CAST = 4;
const TITLE_MAX = 300;
const DESCRIPTION_MAX = 5000;
const FIRST_YEAR = 1870;

export interface MovieFields {
  title: string;
  description?: string | null;
  releaseYear: number;
  directorId?: string | null;
  actorIds?: string[] | null;
  genreIds?: string[] | null;
}

interface CleanMovie {
  title: string;
  description: string;
  releaseYear: number;
  directorId: number | null;
  actorIds: number[];
  genreIds: number[];
}

/** Checks an admin's movie: every problem names its field, every id must exist. Runs in the transaction. */
async function cleanMovie(em: Em, input: MovieFields): Promise<CleanMovie> {
  const title = collapseSpaces(input.title ?? '');
  if (!title) throw badInput('title', 'A film needs a title');
  if (title.length > TITLE_MAX) throw badInput('title', `A title has at most ${TITLE_MAX} characters`);
  const description = (input.description ?? '').trim();
  if (description.length > DESCRIPTION_MAX)
    throw badInput('description', `A description has at most ${DESCRIPTION_MAX} characters`);
  const lastYear = new Date().getUTCFullYear() + 10;
  if (!Number.isInteger(input.releaseYear) || input.releaseYear < FIRST_YEAR || input.releaseYear > lastYear)
    throw badInput('releaseYear', `releaseYear must be between ${FIRST_YEAR} and ${lastYear}`);
  const directorId = input.directorId ? parseId(input.directorId, 'directorId') : null;
  const actorIds = (input.actorIds ?? []).map((id) => parseId(id, 'actorIds'));
  const genreIds = (input.genreIds ?? []).map((id) => parseId(id, 'genreIds'));
  if (actorIds.length > MAX_CAST) throw badInput('actorIds', `A film lists at most ${MAX_CAST} main actors`);
  if (new Set(actorIds).size !== actorIds.length) throw badInput('actorIds', 'An actor is listed twice');
  if (new Set(genreIds).size !== genreIds.length) throw badInput('genreIds', 'A genre is listed twice');
  const people = await existingIds(em, 'person', [...actorIds, ...(directorId ? [directorId] : [])]);
  if (directorId && !people.has(directorId)) throw badInput('directorId', `Person ${directorId} does not exist`);
  const unknownActor = actorIds.find((id) => !people.has(id));
  if (unknownActor) throw badInput('actorIds', `Person ${unknownActor} does not exist`);
  const genres = await existingIds(em, 'genre', genreIds);
  const unknownGenre = genreIds.find((id) => !genres.has(id));
  if (unknownGenre) throw badInput('genreIds', `Genre ${unknownGenre} does not exist`);
  return { title, description, releaseYear: input.releaseYear, directorId, actorIds, genreIds };
}

const duplicateTitle = (movie: { title: string; releaseYear: number }) =>
  badInput('title', `“${movie.title}” (${movie.releaseYear}) is already in the catalogue`);

/** The fields an audit entry shows for a film. */
async function movieSnapshot(em: Em, id: number): Promise<Record<string, unknown> | null> {
  const execute = executeIn(em);
  const [movie] = await execute('select id, title, description, release_year, director_id from movie where id = ?', [
    id,
  ]);
  if (!movie) return null;
  const cast = await execute('select actor_id from movie_actor where movie_id = ? order by position', [id]);
  const genres = await execute('select genre_id from movie_genre where movie_id = ? order by position', [id]);
  return {
    title: movie.title,
    description: movie.description,
    releaseYear: toNumber(movie.release_year),
    directorId: movie.director_id === null ? null : String(toNumber(movie.director_id)),
    actorIds: cast.map((row) => String(row.actor_id)),
    genreIds: genres.map((row) => String(row.genre_id)),
  };
}

async function writeCredits(em: Em, movieId: number, movie: CleanMovie): Promise<void> {
  const execute = executeIn(em);
  await execute('delete from movie_actor where movie_id = ?', [movieId]);
  await execute('delete from movie_genre where movie_id = ?', [movieId]);
  for (const [position, actorId] of movie.actorIds.entries())
    await execute('insert into movie_actor (movie_id, position, actor_id) values (?, ?, ?)', [
      movieId,
      position,
      actorId,
    ]);
  for (const [position, genreId] of movie.genreIds.entries())
    await execute('insert into movie_genre (movie_id, genre_id, position) values (?, ?, ?)', [
      movieId,
      genreId,
      position,
    ]);
}

async function peopleOf(em: Em, movieId: number): Promise<number[]> {
  const rows = await executeIn(em)(
    'select director_id as id from movie where id = ? and director_id is not null union select actor_id from movie_actor where movie_id = ?',
    [movieId, movieId],
  );
  return rows.map((row) => toNumber(row.id));
}

export async function createMovie(em: Em, actorId: number, input: MovieFields): Promise<number> {
  return em.transactional(async (tx) => {
    const movie = await cleanMovie(tx, input);
    const now = new Date();
    const execute = executeIn(tx);
    const at = dbTimestamp(tx, now.getTime());
    try {
      await execute(
        'insert into movie (title, sort_title, description, release_year, director_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)',
        [movie.title, sortTitle(movie.title), movie.description, movie.releaseYear, movie.directorId, at, at],
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateTitle(movie);
      throw error;
    }
    const [{ id: insertedId }] = await execute('select id from movie where title = ? and release_year = ?', [
      movie.title,
      movie.releaseYear,
    ]);
    const id = toNumber(insertedId);
    await writeCredits(tx, id, movie);
    await refreshMovieSearch(executeIn(tx), [id]);
    await refreshFilmCounts(executeIn(tx), await peopleOf(tx, id));
    await recordAudit(tx, {
      actorId: actorId,
      action: 'createMovie',
      targetType: 'Movie',
      targetId: id,
      after: await movieSnapshot(tx, id),
    });
    return id;
  });
}

export async function updateMovie(em: Em, actorId: number, id: number, input: MovieFields): Promise<void> {
  await em.transactional(async (tx) => {
    const before = await movieSnapshot(tx, id);
    if (!before) throw notFound('Movie', id);
    const movie = await cleanMovie(tx, input);
    const peopleBefore = await peopleOf(tx, id);
    try {
      await tx
        .getKnex()('movie')
        .transacting(tx.getTransactionContext()!)
        .where('id', id)
        .update({
          title: movie.title,
          sort_title: sortTitle(movie.title),
          description: movie.description,
          release_year: movie.releaseYear,
          director_id: movie.directorId,
          updated_at: dbTimestamp(tx, Date.now()),
        });
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateTitle(movie);
      throw error;
    }
    await writeCredits(tx, id, movie);
    await refreshMovieSearch(executeIn(tx), [id]);
    await refreshFilmCounts(executeIn(tx), [...peopleBefore, ...(await peopleOf(tx, id))]);
    await recordAudit(tx, {
      actorId: actorId,
      action: 'updateMovie',
      targetType: 'Movie',
      targetId: id,
      before,
      after: await movieSnapshot(tx, id),
    });
  });
}

/** Its ratings, reviews, credits and watchlist entries go with it. */
export async function deleteMovie(em: Em, actorId: number, id: number): Promise<void> {
  await em.transactional(async (tx) => {
    const before = await movieSnapshot(tx, id);
    if (!before) throw notFound('Movie', id);
    const people = await peopleOf(tx, id);
    await executeIn(tx)('delete from movie where id = ?', [id]);
    await refreshFilmCounts(executeIn(tx), people);
    await recordAudit(tx, {
      actorId: actorId,
      action: 'deleteMovie',
      targetType: 'Movie',
      targetId: id,
      before,
    });
  });
}
