import type { Knex } from '@mikro-orm/knex';
import { readPrepared } from '../../db/prepared';
import { personFromRow } from './catalogue.rows';
import type { Person } from './person.entity';
import { ftsQuery, titleTier, type ParsedSearch } from './search-query';

export interface PersonMatch {
  person: Person;
  /** 3: the name is the query; 2: it starts with it or holds it whole; 1: every word matched somewhere. */
  tier: number;
  directedCount: number;
  actedInCount: number;
}

/**
 * People whose names have every query word (or a correction of it) at the start of a name word,
 * best tier first, then those with more films (film_count, kept on the row). PostgreSQL finds
 * them through the trigram index on search_name, SQLite through its FTS5 table; their credits
 * by role are counted for the winners only.
 */
export async function searchPeople(
  knex: Knex,
  postgres: boolean,
  search: ParsedSearch,
  limit: number,
): Promise<PersonMatch[]> {
  const tier = titleTier('p.search_name');
  const matched = knex('person as p').select(
    'p.id',
    'p.first_name',
    'p.last_name',
    'p.name_key',
    'p.search_name',
    'p.film_count',
    knex.raw(`${tier.sql} as tier`, tier.bindings(search.phrase)),
  );
  if (postgres) {
    for (const word of search.words)
      matched.where((either) => {
        for (const alternative of word.alternatives)
          either.orWhereRaw(`(p.search_name like ? and (' ' || p.search_name) like ?)`, [
            `%${alternative}%`,
            `% ${alternative}%`,
          ]);
      });
  } else {
    matched.whereRaw('p.id in (select rowid from person_fts where person_fts match ?)', [ftsQuery(search, true)]);
  }
  // Over a derived table: PostgreSQL orders by output names only when they stand alone.
  const best = knex.from(matched.as('matched')).select('*').orderByRaw('tier desc, film_count desc, id asc');
  best.limit(limit, { skipBinding: true });
  const rows = await readPrepared(
    knex,
    knex
      .from(best.as('best'))
      .select(
        'best.*',
        knex.raw('(select count(*) from movie where movie.director_id = best.id) as directed_count'),
        knex.raw('(select count(*) from movie_actor where movie_actor.actor_id = best.id) as acted_count'),
      )
      .orderByRaw('tier desc, film_count desc, id asc'),
  );
  return rows.map((row) => ({
    person: personFromRow(row),
    tier: Number(row.tier),
    directedCount: Number(row.directed_count),
    actedInCount: Number(row.acted_count),
  }));
}
