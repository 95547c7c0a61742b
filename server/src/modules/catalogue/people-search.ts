import type { Knex } from '@mikro-orm/knex';
import { readPrepared } from '../../db/prepared';
import { personFromRow } from './catalogue.rows';
import type { Person } from './person.entity';
import { ftsQuery, titleTier, type ParsedSearch } from './search-query';

export interface PersonMatch {
  person: Person;
  /** 3: the name is the query; 2: it starts with it or holds it whole; 1: every word matched somewhere. */
  tier: number;
  /** Counted only when asked (withRoles): the API's fields count them through the personStats loader. */
  directedCount?: number;
  actedInCount?: number;
}

/**
 * People whose names have every query word (or a correction of it) at the start of a name word:
 * the one named exactly what was typed first, then those with more films (film_count, kept on
 * the row). PostgreSQL finds them through the trigram index on search_name, SQLite through its
 * FTS5 table; tiers (and credits by role, for the bot) are worked out for the winners only.
 */
export async function searchPeople(
  knex: Knex,
  postgres: boolean,
  search: ParsedSearch,
  limit: number,
  { withRoles = false } = {},
): Promise<PersonMatch[]> {
  const columns = ['p.id', 'p.first_name', 'p.last_name', 'p.name_key', 'p.search_name', 'p.film_count'];
  const matching = (query: Knex.QueryBuilder) => {
    if (!postgres)
      return query.whereRaw('p.id in (select rowid from person_fts where person_fts match ?)', [
        ftsQuery(search, true),
      ]);
    for (const word of search.words)
      query.where((either) => {
        for (const alternative of word.alternatives)
          either.orWhereRaw(`(p.search_name like ? and (' ' || p.search_name) like ?)`, [
            `%${alternative}%`,
            `% ${alternative}%`,
          ]);
      });
    return query;
  };
  // Whoever has exactly the name typed (person_search_name_index), then the others with the most
  // films: the second walks person_film_count_id_index when a name is common, the name index when rare.
  const exact = knex('person as p')
    .select(...columns, knex.raw('1 as exact'))
    .where('p.search_name', search.phrase);
  if (!postgres) matching(exact);
  const others = matching(knex('person as p').select(...columns, knex.raw('0 as exact')))
    .whereNot('p.search_name', search.phrase)
    .orderBy([
      { column: 'p.film_count', order: 'desc' },
      { column: 'p.id', order: 'desc' },
    ])
    .limit(limit, { skipBinding: true });
  const tier = titleTier('best.search_name', { postgres });
  const rows = await readPrepared(
    knex,
    knex
      .select(
        'best.*',
        knex.raw(`${tier.sql} as tier`, tier.bindings(search.phrase)),
        ...(withRoles
          ? [
              knex.raw('(select count(*) from movie where movie.director_id = best.id) as directed_count'),
              knex.raw('(select count(*) from movie_actor where movie_actor.actor_id = best.id) as acted_count'),
            ]
          : []),
      )
      .from(
        knex.raw('(select * from (?) as exact_name union all select * from (?) as most_films) as best', [
          exact.limit(1, { skipBinding: true }),
          others,
        ]),
      )
      .orderByRaw('exact desc, film_count desc, id desc')
      .limit(limit, { skipBinding: true }),
  );
  return rows.map((row) => ({
    person: personFromRow(row),
    tier: Number(row.tier),
    ...(withRoles ? { directedCount: Number(row.directed_count), actedInCount: Number(row.acted_count) } : {}),
  }));
}
