import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import type { Em } from '../../db/orm';
import { connectionFor, type ReadSource } from '../../db/read-source';
import { escapeLike, LIKE_ESCAPED } from '../common/sql';
import {
  ConnectionType,
  decodeCursor,
  encodeCursor,
  pageSize,
  parseId,
  toConnection,
  type Page,
} from '../common/pagination';
import { Actor } from './actor.entity';
import { Director } from './director.entity';
import { Movie } from './movie.entity';
import { searchable } from '../common/text';
import { personFromRow } from './catalogue.rows';

export const DirectorConnection = ConnectionType('Director', Director);
export const ActorConnection = ConnectionType('Actor', Actor);

@ArgsType()
class PeopleArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name, ignoring case' })
  search?: string | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** People sorted by last name, first name, id; keyset paging on that order. */
async function listPeople<T extends Director | Actor>(
  em: Em,
  table: 'director' | 'actor',
  entity: new () => T,
  args: PeopleArgs,
  reads: ReadSource,
): Promise<Page<T>> {
  const first = pageSize(args.first);
  const sortName = `${table}s`;
  const knex = em.getKnex(connectionFor(reads));
  const filtered = knex(table);
  const needle = searchable(args.search ?? '');
  if (needle) filtered.whereRaw(`search_name ${LIKE_ESCAPED}`, [`%${escapeLike(needle)}%`]);
  const page = filtered.clone().select('id', 'first_name', 'last_name', 'name_key', 'search_name');
  if (args.after) {
    const [lastName, firstName, id] = decodeCursor(args.after, sortName, 3);
    page.where((q) => {
      q.where('last_name', '>', lastName)
        .orWhere((q2) => void q2.where('last_name', lastName).where('first_name', '>', firstName))
        .orWhere((q3) => void q3.where('last_name', lastName).where('first_name', firstName).where('id', '>', id));
    });
  }
  const rows =
    first === 0
      ? []
      : ((await page.orderBy(['last_name', 'first_name', 'id']).limit(first + 1)) as Array<Record<string, unknown>>);
  return toConnection(rows, first, {
    node: (row) => personFromRow(entity, row),
    cursor: (row) => encodeCursor(sortName, [row.last_name as string, row.first_name as string, Number(row.id)]),
    hasPreviousPage: Boolean(args.after),
    countAll: async () => Number(((await filtered.clone().count({ count: '*' }).first()) as { count: number }).count),
  });
}

@Resolver(() => Director)
export class DirectorResolver {
  @Query(() => DirectorConnection)
  async directors(@Args() args: PeopleArgs, @Ctx() { em, reads }: Context) {
    return Object.assign(new DirectorConnection(), await listPeople(em, 'director', Director, args, reads));
  }

  @Query(() => Director, { nullable: true })
  director(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Director | null> {
    return loaders.director.load(parseId(id));
  }

  @FieldResolver(() => [Movie], { description: 'Films directed, newest first' })
  movies(@Root() director: Director, @Ctx() { loaders }: Context): Promise<Movie[]> {
    return loaders.moviesByDirector.load(director.id);
  }
}

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => ActorConnection)
  async actors(@Args() args: PeopleArgs, @Ctx() { em, reads }: Context) {
    return Object.assign(new ActorConnection(), await listPeople(em, 'actor', Actor, args, reads));
  }

  @Query(() => Actor, { nullable: true })
  actor(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Actor | null> {
    return loaders.actor.load(parseId(id));
  }

  @FieldResolver(() => [Movie], { description: 'Films with this actor in a main role, newest first' })
  movies(@Root() actor: Actor, @Ctx() { loaders }: Context): Promise<Movie[]> {
    return loaders.moviesByActor.load(actor.id);
  }
}
