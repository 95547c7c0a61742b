import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { isPostgres } from '../../db/dialect';
import { connectionFor } from '../../db/read-source';
import { badInput } from '../common/errors';
import { parseSearch } from './search-query';
import { MovieHit, PersonHit, SearchHit } from './search.types';
import { suggest } from './suggestions';

const MAX_SUGGESTIONS = 20;

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Suggestions while typing: films whose title matches and people whose name matches, exact and near-exact first (a title or name that is the query, or starts with it), films before people within a rank',
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
    return search ? suggest(em, knex, postgres, search, first) : [];
  }
}
