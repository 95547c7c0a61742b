import type { Em } from '../../db/orm';
import { recordAudit } from '../accounts/audit.service';
import { badInput, DomainError, notFound } from '../common/errors';
import { toNumber } from '../common/row-mapping';
import { collapseSpaces } from '../common/text';
import { executeIn, validMerge } from './admin-sql';
import { nameKey } from './names';
import { refreshMovieSearch } from './search-index';

/** Admin edits of genres: each in one transaction with its audit entry and search upkeep. */

export async function saveGenre(em: Em, actorId: number, id: number | null, name: string): Promise<number> {
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
      actorId: actorId,
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
export async function deleteGenre(em: Em, actorId: number, id: number): Promise<void> {
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
      actorId: actorId,
      action: 'deleteGenre',
      targetType: 'Genre',
      targetId: id,
      before: { name: genre.name },
    });
  });
}

export async function mergeGenres(em: Em, actorId: number, keepId: number, mergeIds: number[]): Promise<void> {
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
      actorId: actorId,
      action: 'mergeGenres',
      targetType: 'Genre',
      targetId: keepId,
      before: { genres: found.map((row) => ({ id: String(row.id), name: row.name })) },
      after: { keptId: String(keepId), films: films.length },
    });
  });
}
