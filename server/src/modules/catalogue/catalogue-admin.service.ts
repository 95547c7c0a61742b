import { dbTimestamp } from '../../db/dialect';
import type { Em } from '../../db/orm';
import { recordAudit } from '../accounts/audit.service';
import { badInput, DomainError, notFound } from '../common/errors';
import { parseId } from '../common/pagination';
import { toNumber, type Row } from '../common/row-mapping';
import { collapseSpaces } from '../common/text';
import { nameKey, personSearchName, sortTitle, splitName } from './names';
import { addTerms, refreshFilmCounts, refreshMovieSearch, type Execute } from './search-index';

export const MAX_CAST = 4;
const TITLE_MAX = 300;
const DESCRIPTION_MAX = 5000;
const NAME_MAX = 150;
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

const executeIn =
  (em: Em): Execute =>
  (sql, params) =>
    em.getConnection().execute<Row[]>(sql, params, 'all', em.getTransactionContext());

const existing = async (em: Em, table: string, ids: number[]) =>
  new Set(
    ((await em.getKnex()(table).transacting(em.getTransactionContext()!).select('id').whereIn('id', ids)) as Row[]).map(
      (row) => toNumber(row.id),
    ),
  );

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
  const people = await existing(em, 'person', [...actorIds, ...(directorId ? [directorId] : [])]);
  if (directorId && !people.has(directorId)) throw badInput('directorId', `Person ${directorId} does not exist`);
  const unknownActor = actorIds.find((id) => !people.has(id));
  if (unknownActor) throw badInput('actorIds', `Person ${unknownActor} does not exist`);
  const genres = await existing(em, 'genre', genreIds);
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

/** The (title, year) index refused the row: MikroORM's wrapper, or the driver's own error from a raw statement. */
const isUniqueViolation = (error: unknown) => {
  const { name, code } = error as { name?: string; code?: string };
  return name === 'UniqueConstraintViolationException' || code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
};

/** Admin edits of the catalogue: each in one transaction with its audit entry and search upkeep. */
export class CatalogueAdmin {
  constructor(private readonly actorId: number) {}

  async createMovie(em: Em, input: MovieFields): Promise<number> {
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
        actorId: this.actorId,
        action: 'createMovie',
        targetType: 'Movie',
        targetId: id,
        after: await movieSnapshot(tx, id),
      });
      return id;
    });
  }

  async updateMovie(em: Em, id: number, input: MovieFields): Promise<void> {
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
        actorId: this.actorId,
        action: 'updateMovie',
        targetType: 'Movie',
        targetId: id,
        before,
        after: await movieSnapshot(tx, id),
      });
    });
  }

  /** Its ratings, reviews, credits and watchlist entries go with it. */
  async deleteMovie(em: Em, id: number): Promise<void> {
    await em.transactional(async (tx) => {
      const before = await movieSnapshot(tx, id);
      if (!before) throw notFound('Movie', id);
      const people = await peopleOf(tx, id);
      await executeIn(tx)('delete from movie where id = ?', [id]);
      await refreshFilmCounts(executeIn(tx), people);
      await recordAudit(tx, {
        actorId: this.actorId,
        action: 'deleteMovie',
        targetType: 'Movie',
        targetId: id,
        before,
      });
    });
  }

  async savePerson(em: Em, id: number | null, name: string): Promise<number> {
    const clean = collapseSpaces(name ?? '');
    if (!clean) throw badInput('name', 'A person needs a name');
    if (clean.length > NAME_MAX) throw badInput('name', `A name has at most ${NAME_MAX} characters`);
    return em.transactional(async (tx) => {
      const execute = executeIn(tx);
      const [clash] = await execute('select id from person where name_key = ?', [nameKey(clean)]);
      if (clash && toNumber(clash.id) !== id)
        throw badInput('name', `${clean} is already person ${toNumber(clash.id)}; merge the two instead`);
      const { firstName, lastName } = splitName(clean);
      const fields = [firstName, lastName, nameKey(clean), personSearchName(clean)];
      let before: Record<string, unknown> | null = null;
      if (id === null) {
        await execute(
          'insert into person (first_name, last_name, name_key, search_name, film_count) values (?, ?, ?, ?, 0)',
          fields,
        );
        id = toNumber((await execute('select id from person where name_key = ?', [nameKey(clean)]))[0].id);
      } else {
        const [current] = await execute('select first_name, last_name from person where id = ?', [id]);
        if (!current) throw notFound('Person', id);
        before = { name: [current.first_name, current.last_name].filter(Boolean).join(' ') };
        await execute('update person set first_name = ?, last_name = ?, name_key = ?, search_name = ? where id = ?', [
          ...fields,
          id,
        ]);
        await refreshMovieSearch(execute, await filmsOf(tx, [id]));
      }
      await addTerms(
        execute,
        personSearchName(clean)
          .split(' ')
          .filter((word) => word.length >= 3),
      );
      await recordAudit(tx, {
        actorId: this.actorId,
        action: before ? 'updatePerson' : 'createPerson',
        targetType: 'Person',
        targetId: id,
        before,
        after: { name: clean },
      });
      return id;
    });
  }

  /** Their credits go: films they directed keep no director, their billing slots are removed. */
  async deletePerson(em: Em, id: number): Promise<void> {
    await em.transactional(async (tx) => {
      const execute = executeIn(tx);
      const [person] = await execute('select first_name, last_name from person where id = ?', [id]);
      if (!person) throw notFound('Person', id);
      const films = await filmsOf(tx, [id]);
      await execute('update movie set director_id = null where director_id = ?', [id]);
      await execute('delete from movie_actor where actor_id = ?', [id]);
      await execute('delete from person where id = ?', [id]);
      await refreshMovieSearch(execute, films);
      await recordAudit(tx, {
        actorId: this.actorId,
        action: 'deletePerson',
        targetType: 'Person',
        targetId: id,
        before: { name: [person.first_name, person.last_name].filter(Boolean).join(' '), films },
      });
    });
  }

  /**
   * Every credit of `mergeIds` moves to `keepId`; a film crediting both keeps one billing slot (the
   * better one), so no credit is lost or doubled. The merged people are deleted.
   */
  async mergePeople(em: Em, keepId: number, mergeIds: number[]): Promise<void> {
    const merged = validMerge(keepId, mergeIds);
    await em.transactional(async (tx) => {
      const execute = executeIn(tx);
      const all = [keepId, ...merged];
      const list = all.map(() => '?').join(', ');
      const found = await execute(`select id, first_name, last_name from person where id in (${list})`, all);
      const missing = all.find((id) => !found.some((row) => toNumber(row.id) === id));
      if (missing) throw notFound('Person', missing);
      const films = await filmsOf(tx, all);
      // In each film, the best-billed of these people keeps their slot, as `keepId`; the others' slots go.
      await execute(
        `delete from movie_actor where actor_id in (${list}) and exists (
           select 1 from movie_actor better where better.movie_id = movie_actor.movie_id
             and better.actor_id in (${list}) and better.position < movie_actor.position)`,
        [...all, ...all],
      );
      const mergedList = merged.map(() => '?').join(', ');
      await execute(`update movie_actor set actor_id = ? where actor_id in (${mergedList})`, [keepId, ...merged]);
      await execute(`update movie set director_id = ? where director_id in (${mergedList})`, [keepId, ...merged]);
      await execute(`delete from person where id in (${mergedList})`, merged);
      await refreshMovieSearch(execute, films);
      await refreshFilmCounts(execute, [keepId]);
      const name = (row: Row) => [row.first_name, row.last_name].filter(Boolean).join(' ');
      await recordAudit(tx, {
        actorId: this.actorId,
        action: 'mergePeople',
        targetType: 'Person',
        targetId: keepId,
        before: { people: found.map((row) => ({ id: String(row.id), name: name(row) })) },
        after: { keptId: String(keepId), films: films.length },
      });
    });
  }

  async saveGenre(em: Em, id: number | null, name: string): Promise<number> {
    const clean = collapseSpaces(name ?? '');
    if (!clean) throw badInput('name', 'A genre needs a name');
    if (clean.length > 100) throw badInput('name', 'A genre name has at most 100 characters');
    return em.transactional(async (tx) => {
      const execute = executeIn(tx);
      const [clash] = await execute('select id from genre where name_key = ?', [nameKey(clean)]);
      if (clash && toNumber(clash.id) !== id)
        throw badInput('name', `${clean} is already genre ${toNumber(clash.id)}; merge the two instead`);
      let before: Record<string, unknown> | null = null;
      if (id === null) {
        await execute('insert into genre (name, name_key) values (?, ?)', [clean, nameKey(clean)]);
        id = toNumber((await execute('select id from genre where name_key = ?', [nameKey(clean)]))[0].id);
      } else {
        const [current] = await execute('select name from genre where id = ?', [id]);
        if (!current) throw notFound('Genre', id);
        before = { name: current.name };
        await execute('update genre set name = ?, name_key = ? where id = ?', [clean, nameKey(clean), id]);
        await refreshMovieSearch(
          execute,
          (await execute('select movie_id from movie_genre where genre_id = ?', [id])).map((row) =>
            toNumber(row.movie_id),
          ),
        );
      }
      await recordAudit(tx, {
        actorId: this.actorId,
        action: before ? 'updateGenre' : 'createGenre',
        targetType: 'Genre',
        targetId: id,
        before,
        after: { name: clean },
      });
      return id;
    });
  }

  /** Refused while a film has the genre: merge it into another instead. */
  async deleteGenre(em: Em, id: number): Promise<void> {
    await em.transactional(async (tx) => {
      const execute = executeIn(tx);
      const [genre] = await execute('select name from genre where id = ?', [id]);
      if (!genre) throw notFound('Genre', id);
      const [{ count }] = await execute('select count(*) as count from movie_genre where genre_id = ?', [id]);
      if (toNumber(count) > 0)
        throw new DomainError(
          'CONFLICT',
          `${String(genre.name)} is the genre of ${toNumber(count)} films; merge it into another genre instead`,
          { field: 'id' },
        );
      await execute('delete from genre where id = ?', [id]);
      await recordAudit(tx, {
        actorId: this.actorId,
        action: 'deleteGenre',
        targetType: 'Genre',
        targetId: id,
        before: { name: genre.name },
      });
    });
  }

  async mergeGenres(em: Em, keepId: number, mergeIds: number[]): Promise<void> {
    const merged = validMerge(keepId, mergeIds);
    await em.transactional(async (tx) => {
      const execute = executeIn(tx);
      const all = [keepId, ...merged];
      const list = all.map(() => '?').join(', ');
      const found = await execute(`select id, name from genre where id in (${list})`, all);
      const missing = all.find((id) => !found.some((row) => toNumber(row.id) === id));
      if (missing) throw notFound('Genre', missing);
      const films = (await execute(`select distinct movie_id from movie_genre where genre_id in (${list})`, all)).map(
        (row) => toNumber(row.movie_id),
      );
      await execute(
        `delete from movie_genre where genre_id in (${list}) and exists (
           select 1 from movie_genre better where better.movie_id = movie_genre.movie_id
             and better.genre_id in (${list}) and better.position < movie_genre.position)`,
        [...all, ...all],
      );
      // Same position twice (both at 0, say): keep the one that is `keepId`, else the lowest id.
      await execute(
        `delete from movie_genre where genre_id in (${list}) and exists (
           select 1 from movie_genre other where other.movie_id = movie_genre.movie_id and other.genre_id in (${list})
             and other.position = movie_genre.position and other.genre_id <> movie_genre.genre_id
             and (other.genre_id = ? or (movie_genre.genre_id <> ? and other.genre_id < movie_genre.genre_id)))`,
        [...all, ...all, keepId, keepId],
      );
      const mergedList = merged.map(() => '?').join(', ');
      await execute(`update movie_genre set genre_id = ? where genre_id in (${mergedList})`, [keepId, ...merged]);
      await execute(`delete from genre where id in (${mergedList})`, merged);
      await refreshMovieSearch(execute, films);
      await recordAudit(tx, {
        actorId: this.actorId,
        action: 'mergeGenres',
        targetType: 'Genre',
        targetId: keepId,
        before: { genres: found.map((row) => ({ id: String(row.id), name: row.name })) },
        after: { keptId: String(keepId), films: films.length },
      });
    });
  }
}

function validMerge(keepId: number, mergeIds: number[]): number[] {
  const merged = [...new Set(mergeIds)];
  if (merged.length === 0) throw badInput('mergeIds', 'Name at least one to merge');
  if (merged.includes(keepId)) throw badInput('mergeIds', 'The one kept cannot also be merged away');
  return merged;
}

async function filmsOf(em: Em, personIds: number[]): Promise<number[]> {
  const list = personIds.map(() => '?').join(', ');
  const rows = await executeIn(em)(
    `select id as movie_id from movie where director_id in (${list}) union select movie_id from movie_actor where actor_id in (${list})`,
    [...personIds, ...personIds],
  );
  return rows.map((row) => toNumber(row.movie_id));
}
