import type { Knex } from '@mikro-orm/knex';
import { readPrepared } from '../../db/prepared';
import { movieFromRow } from './catalogue.rows';
import { highlight } from './highlight';
import { movieColumns } from './movie-columns';
import type { Em } from '../../db/orm';
import { searchPeople } from './people-search';
import { ftsQuery, titleTier, tsQuery, type ParsedSearch } from './search-query';
import { MovieHit, PersonHit } from './search.types';

/**
 * Films whose title has every word (title matches only: a suggestion marks what matched), best
 * tier first, then the most rated. No text rank: on every keystroke it would score every film a
 * common prefix matches.
 */
async function suggestMovies(em: Em, knex: Knex, postgres: boolean, search: ParsedSearch, limit: number) {
  const tier = titleTier('m.search_title');
  const matched = knex('movie as m').select(
    ...movieColumns(em, 'm'),
    knex.raw(`${tier.sql} as tier`, tier.bindings(search.phrase)),
  );
  if (postgres) matched.whereRaw(`m.search_vector @@ to_tsquery('simple', ?)`, [tsQuery(search, 'A')]);
  else
    matched.whereRaw('m.id in (select rowid from movie_fts where movie_fts match ?)', [
      ftsQuery(search, false, 'search_title'),
    ]);
  const rows = await readPrepared(
    knex,
    knex
      .from(matched.as('matched'))
      .select('*')
      .orderByRaw('tier desc, rating_count desc, id asc')
      .limit(limit, { skipBinding: true }),
  );
  return rows.map((row) => ({ tier: Number(row.tier), movie: movieFromRow(row) }));
}

/**
 * Suggestions while typing: films and people, the better tier first (a title or name that is
 * the query, then one starting with it or holding it whole), films before people within a tier.
 */
export async function suggest(
  em: Em,
  knex: Knex,
  postgres: boolean,
  search: ParsedSearch,
  first: number,
): Promise<Array<MovieHit | PersonHit>> {
  const [movies, people] = await Promise.all([
    suggestMovies(em, knex, postgres, search, first),
    searchPeople(knex, postgres, search, first),
  ]);
  const ranked = [
    ...movies.map(({ tier, movie }, i) => ({
      tier,
      order: i,
      hit: Object.assign(new MovieHit(), { movie, highlight: highlight(movie.title, search.words) }),
    })),
    ...people.map((match, i) => ({
      tier: match.tier,
      order: first + i,
      hit: Object.assign(new PersonHit(), {
        person: match.person,
        highlight: highlight(match.person.name, search.words, true),
      }),
    })),
  ];
  return ranked
    .sort((a, b) => b.tier - a.tier || a.order - b.order)
    .slice(0, first)
    .map((entry) => entry.hit);
}
