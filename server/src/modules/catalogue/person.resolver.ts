import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
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
import { Movie } from './movie.entity';
import { Person } from './person.entity';
import { personSearchName } from './names';
import { personFromRow } from './catalogue.rows';
import { averageRating } from './rating-stats';

export const PersonConnection = ConnectionType('Person', Person);

@ArgsType()
class PeopleArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name, ignoring case and accents' })
  search?: string | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

type Role = 'any' | 'director' | 'actor';

/** People (with a credit in `role`) sorted by last name, first name, id; keyset paging on that order. */
async function listPeople(em: Em, role: Role, args: PeopleArgs, reads: ReadSource): Promise<Page<Person>> {
  const first = pageSize(args.first);
  const cursorName = role === 'any' ? 'people' : `${role}s`;
  const knex = em.getKnex(connectionFor(reads));
  const filtered = knex('person as p');
  if (role === 'director')
    filtered.whereExists(knex('movie').whereRaw('movie.director_id = p.id').select(knex.raw('1')));
  if (role === 'actor')
    filtered.whereExists(knex('movie_actor').whereRaw('movie_actor.actor_id = p.id').select(knex.raw('1')));
  const needle = personSearchName(args.search ?? '');
  if (needle) filtered.whereRaw(`p.search_name ${LIKE_ESCAPED}`, [`%${escapeLike(needle)}%`]);
  const page = filtered
    .clone()
    .select('p.id', 'p.first_name', 'p.last_name', 'p.name_key', 'p.search_name', 'p.film_count');
  if (args.after) {
    const [lastName, firstName, id] = decodeCursor(args.after, cursorName, 3);
    page.where((q) => {
      q.where('p.last_name', '>', lastName)
        .orWhere((q2) => void q2.where('p.last_name', lastName).where('p.first_name', '>', firstName))
        .orWhere(
          (q3) => void q3.where('p.last_name', lastName).where('p.first_name', firstName).where('p.id', '>', id),
        );
    });
  }
  const rows =
    first === 0
      ? []
      : ((await page.orderBy(['p.last_name', 'p.first_name', 'p.id']).limit(first + 1)) as Array<
          Record<string, unknown>
        >);
  return toConnection(rows, first, {
    node: (row) => personFromRow(row),
    cursor: (row) => encodeCursor(cursorName, [row.last_name as string, row.first_name as string, Number(row.id)]),
    hasPreviousPage: Boolean(args.after),
    countAll: async () => Number(((await filtered.clone().count({ count: '*' }).first()) as { count: number }).count),
  });
}

const asConnection = (page: Page<Person>) => Object.assign(new PersonConnection(), page);

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'A director or actor, with their films' })
  person(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Person | null> {
    return loaders.person.load(parseId(id));
  }

  @Query(() => PersonConnection, { description: 'Everyone credited, by last name' })
  async people(@Args() args: PeopleArgs, @Ctx() { em, reads }: Context) {
    return asConnection(await listPeople(em, 'any', args, reads));
  }

  @Query(() => PersonConnection, { description: 'People who directed a film in the catalogue, by last name' })
  async directors(@Args() args: PeopleArgs, @Ctx() { em, reads }: Context) {
    return asConnection(await listPeople(em, 'director', args, reads));
  }

  @Query(() => PersonConnection, { description: 'People with a main role in a film in the catalogue, by last name' })
  async actors(@Args() args: PeopleArgs, @Ctx() { em, reads }: Context) {
    return asConnection(await listPeople(em, 'actor', args, reads));
  }

  @Query(() => Person, { nullable: true, deprecationReason: 'Directors and actors are people: use person(id)' })
  director(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Person | null> {
    return this.person(id, context);
  }

  @Query(() => Person, { nullable: true, deprecationReason: 'Directors and actors are people: use person(id)' })
  actor(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Person | null> {
    return this.person(id, context);
  }

  @FieldResolver(() => [Movie], { description: 'Films directed, newest first' })
  directed(@Root() person: Person, @Ctx() { loaders }: Context): Promise<Movie[]> {
    return loaders.moviesByDirector.load(person.id);
  }

  @FieldResolver(() => [Movie], { description: 'Films with this person in a main role, newest first' })
  actedIn(@Root() person: Person, @Ctx() { loaders }: Context): Promise<Movie[]> {
    return loaders.moviesByActor.load(person.id);
  }

  @FieldResolver(() => Int, { description: 'How many films they directed or have a main role in, each counted once' })
  filmCount(@Root() person: Person, @Ctx() { loaders }: Context): Promise<number> | number {
    // A person read as an entity has the counter already; one that came with a film's card does not.
    return person.filmCount ?? loaders.personFilmCount.load(person.id);
  }

  @FieldResolver(() => Int, { description: 'How many films they directed' })
  async directedCount(@Root() person: Person, @Ctx() { loaders }: Context): Promise<number> {
    return (await loaders.personStats.load(person.id)).directedCount;
  }

  @FieldResolver(() => Int, { description: 'How many films they have a main role in' })
  async actedInCount(@Root() person: Person, @Ctx() { loaders }: Context): Promise<number> {
    return (await loaders.personStats.load(person.id)).actedInCount;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Mean of every rating of their films (each film once), two decimals; null while none is rated',
  })
  async averageRating(@Root() person: Person, @Ctx() { loaders }: Context): Promise<number | null> {
    const stats = await loaders.personStats.load(person.id);
    return averageRating(stats);
  }

  @FieldResolver(() => Int, { description: 'How many ratings their films have had, in all' })
  async ratingCount(@Root() person: Person, @Ctx() { loaders }: Context): Promise<number> {
    return (await loaders.personStats.load(person.id)).ratingCount;
  }
}
