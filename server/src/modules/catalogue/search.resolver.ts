import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { isPostgres } from '../../db/dialect';
import { connectionFor } from '../../db/read-source';
import { badInput } from '../common/errors';
import { highlight } from './highlight';
import { listMovies, relevanceOf } from './movie-list.service';
import { MovieSort } from './movie.input';
import { searchPeople } from './people-search';
import { parseSearch } from './search-query';
import { MovieHit, PersonHit, SearchHit } from './search.types';

const MAX_SUGGESTIONS = 20;

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Suggestions while typing: films and people, exact and near-exact matches first (a name or title that is the query, or starts with it), films before people within a rank',
  })
  async search(
    @Arg('query') query: string,
    @Arg('first', () => Int, { defaultValue: 8 }) first: number,
    @Ctx() { em, reads }: Context,
  ): Promise<Array<MovieHit | PersonHit>> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_SUGGESTIONS)
      throw badInput('first', `first must be between 1 and ${MAX_SUGGESTIONS}`);
    const knex = em.getKnex(connectionFor(reads));
    const postgres = isPostgres(em);
    const search = await parseSearch(knex, postgres, query);
    if (!search) return [];
    const [movies, people] = await Promise.all([
      listMovies(em, { first, sort: MovieSort.RELEVANCE, filter: { search: query }, parsedSearch: search }, reads),
      searchPeople(knex, postgres, search, first),
    ]);
    const ranked = [
      ...movies.edges.map((edge, i) => ({
        tier: Math.floor(relevanceOf.get(edge.node) ?? 1),
        order: i,
        hit: Object.assign(new MovieHit(), { movie: edge.node, highlight: highlight(edge.node.title, search.words) }),
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
}
