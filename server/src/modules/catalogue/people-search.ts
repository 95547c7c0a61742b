import type { Knex } from '@mikro-orm/knex';
import type { Row } from '../common/row-mapping';
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
 * best tier first, then the most credited. PostgreSQL finds them through the trigram index on
 * search_name, SQLite through its FTS5 table.
 */
export async function searchPeople(
  knex: Knex,
  postgres: boolean,
  search: ParsedSearch,
  limit: number,
): Promise<PersonMatch[]> {
  const tier = titleTier('p.search_name');
  const query = knex('person as p').select(
    'p.id',
    'p.first_name',
    'p.last_name',
    'p.name_key',
    'p.search_name',
    knex.raw(`${tier.sql} as tier`, tier.bindings(search.phrase)),
    knex.raw('(select count(*) from movie where movie.director_id = p.id) as directed_count'),
    knex.raw('(select count(*) from movie_actor where movie_actor.actor_id = p.id) as acted_count'),
  );
  if (postgres) {
    for (const word of search.words)
      query.where((either) => {
        for (const alternative of word.alternatives)
          either.orWhereRaw(`(p.search_name like ? and (' ' || p.search_name) like ?)`, [
            `%${alternative}%`,
            `% ${alternative}%`,
          ]);
      });
  } else {
    query.whereRaw('p.id in (select rowid from person_fts where person_fts match ?)', [ftsQuery(search, true)]);
  }
  // Over a derived table: PostgreSQL orders by output names only when they stand alone.
  const rows = (await knex
    .from(query.as('matched'))
    .orderByRaw('tier desc, directed_count + acted_count desc, id asc')
    .limit(limit)) as Row[];
  return rows.map((row) => ({
    person: personFromRow(row),
    tier: Number(row.tier),
    directedCount: Number(row.directed_count),
    actedInCount: Number(row.acted_count),
  }));
}
