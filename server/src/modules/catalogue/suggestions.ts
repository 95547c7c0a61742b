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
 * Films whose title has every word (titles only: a suggestion marks what matched), best tier
 * first, then the most rated; no text rank, which would score every film a common prefix
 * matches on every keystroke. Titles starting with what was typed come from an index alone
 * (movie_search_title_prefix_index); only when there are too few of them are the other title
 * matches looked up, through full-text search.
 */
async function suggestMovies(em: Em, knex: Knex, postgres: boolean, search: ParsedSearch, limit: number) {
  // 3 when the title is what was typed, 2 when it starts with it, 1 otherwise.
  const tier = titleTier('m.search_title', { startOnly: true });
  const tierColumn = () => knex.raw(`${tier.sql} as tier`, tier.bindings(search.phrase));
  const starting = knex('movie as m')
    .select('m.id', tierColumn())
    .whereRaw(postgres ? 'm.search_title like ?' : 'm.search_title glob ?', [`${search.phrase}${postgres ? '%' : '*'}`])
    .orderByRaw('tier desc, m.rating_count desc, m.id asc')
    .limit(limit, { skipBinding: true });
  let rows = await withMovies(em, knex, starting);
  if (rows.length < limit) {
    const matching = knex('movie as m').select('m.id', tierColumn());
    if (postgres)
      matching.whereRaw(`to_tsvector('simple'::regconfig, m.search_title) @@ to_tsquery('simple', ?)`, [
        tsQuery(search),
      ]);
    else
      matching.whereRaw('m.id in (select rowid from movie_fts where movie_fts match ?)', [
        ftsQuery(search, false, 'search_title'),
      ]);
    rows = await withMovies(
      em,
      knex,
      matching.orderByRaw('tier desc, m.rating_count desc, m.id asc').limit(limit, { skipBinding: true }),
    );
  }
  return rows.map((row) => ({ tier: Number(row.tier), movie: movieFromRow(row) }));
}

/** The whole rows of the ids `ranked` chose, in its order. */
function withMovies(em: Em, knex: Knex, ranked: Knex.QueryBuilder) {
  return readPrepared(
    knex,
    knex
      .from(ranked.as('ranked'))
      .join('movie as m', 'm.id', 'ranked.id')
      .select(...movieColumns(em, 'm'), 'ranked.tier')
      .orderByRaw('ranked.tier desc, m.rating_count desc, m.id asc'),
  );
}

/**
 * Suggestions while typing: films and people, the better tier first (a title or name that is
 * the query, then one starting with it), films before people within a tier.
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
