import type { Em } from '../../db/orm';
import { recordAudit } from '../accounts/audit.service';
import { badInput, notFound } from '../common/errors';
import { toNumber, type Row } from '../common/row-mapping';
import { collapseSpaces } from '../common/text';
import { executeIn, filmsOf, validMerge } from './admin-sql';
import { nameKey, personSearchName, splitName } from './names';
import { addTerms, refreshFilmCounts, refreshMovieSearch } from './search-index';

const NAME_MAX = 150;

/** Admin edits of people: each in one transaction with its audit entry and search upkeep. */

export async function savePerson(em: Em, actorId: number, id: number | null, name: string): Promise<number> {
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
      actorId: actorId,
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
export async function deletePerson(em: Em, actorId: number, id: number): Promise<void> {
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
      actorId: actorId,
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
export async function mergePeople(em: Em, actorId: number, keepId: number, mergeIds: number[]): Promise<void> {
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
      actorId: actorId,
      action: 'mergePeople',
      targetType: 'Person',
      targetId: keepId,
      before: { people: found.map((row) => ({ id: String(row.id), name: name(row) })) },
      after: { keptId: String(keepId), films: films.length },
    });
  });
}
