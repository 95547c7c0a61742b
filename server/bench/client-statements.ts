import path from 'node:path';
import type { Client } from 'pg';
import { clientOperation, post, releaseBuilds, startBuild, type Build } from './client-pages';
import { benchMemberToken } from './processes';
import { withClient } from './scale-database';
import { SCALE_TITLE_WORDS } from './scale-dataset';
import { PG_STAT_STATEMENTS_HINT } from './statement-stats';

/**
 * `npm run bench -- statements [--against DIR]`: every read operation of the web client (its
 * generated documents), with variables a visitor, a member and an admin send (the grid under every
 * sort and filter, details, reviews, people, suggestions, profile, the admin pages), one request at
 * a time on the PostgreSQL scale dataset; per operation the statements, database time and the
 * slowest statement's mean and maximum (pg_stat_statements). Nothing is saturated: this finds
 * statements over #12's 2 ms, it does not measure a server. `--against DIR` runs another built
 * checkout on its own copy of the same data, alternating operation by operation, and checks
 * that both answer the same.
 */
const RUNS = Number(process.env.BENCH_STATEMENT_RUNS ?? 30);
const ROOT = path.resolve(__dirname, '../../..');

interface Case {
  name: string;
  operation: string;
  variables: Record<string, unknown>;
  /** The member sending it (1 is made an admin), or none. */
  member?: number;
}

/** What the cases need from the data: the busiest director and actor, a reviewed film, a name. */
async function facts(client: Client) {
  const one = async (query: string) => (await client.query<Record<string, string | number>>(query)).rows[0];
  return {
    director: String(
      (await one('select director_id as id from movie group by 1 order by count(*) desc, 1 limit 1')).id,
    ),
    actor: String(
      (await one('select actor_id as id from movie_actor group by 1 order by count(*) desc, 1 limit 1')).id,
    ),
    reviewed: String((await one('select movie_id as id from review group by 1 order by count(*) desc, 1 limit 1')).id),
    films: (await client.query<{ id: number }>('select id from movie order by id')).rows.map((row) => String(row.id)),
    username: String((await one('select username from app_user where id = 2')).username),
    // A first name many people share (the last word of a credited name is the last name).
    firstName: String((await one('select first_name from person order by film_count desc, id limit 1')).first_name)
      .split(' ')[0]
      .toLowerCase(),
  };
}

function cases(data: Awaited<ReturnType<typeof facts>>): Case[] {
  const word = SCALE_TITLE_WORDS[4].toLowerCase();
  const misspelt = word.slice(0, 3) + word[4] + word[3] + word.slice(5);
  const filter = (values: Record<string, unknown>) => ({
    search: null,
    genres: null,
    yearFrom: null,
    yearTo: null,
    directorId: null,
    actorId: null,
    ...values,
  });
  const grid = (
    name: string,
    values: Record<string, unknown>,
    sort: string | null = 'NEWEST',
    offset = 0,
    person?: string,
  ): Case => ({
    name: `grid: ${name}`,
    operation: 'MovieGrid',
    variables: {
      first: 25,
      offset,
      sort,
      filter: filter(values),
      personId: person ?? '0',
      withPerson: Boolean(person),
    },
  });
  const spread = [0.001, 0.05, 0.155, 0.42, 0.777, 0.9].map((at) => data.films[Math.floor(at * data.films.length)]);
  return [
    grid('newest', {}),
    grid('newest, page 8', {}, 'NEWEST', 175),
    ...['TITLE_ASC', 'YEAR_DESC', 'TOP_RATED'].map((sort) => grid(sort.toLowerCase(), {}, sort)),
    grid('one genre', { genres: ['Genre 3'] }),
    grid('one genre, top rated', { genres: ['Genre 3'] }, 'TOP_RATED'),
    grid('one genre, page 20', { genres: ['Genre 3'] }, 'NEWEST', 475),
    grid('two genres', { genres: ['Genre 3', 'Genre 5'] }),
    grid('a decade', { yearFrom: 1990, yearTo: 1999 }),
    grid('a decade and a genre, top rated', { yearFrom: 1990, yearTo: 1999, genres: ['Genre 3'] }, 'TOP_RATED'),
    grid(`one word (${word})`, { search: word }, null),
    grid(`one word, page 5`, { search: word }, null, 100),
    grid(`a misspelt word (${misspelt})`, { search: misspelt }, null),
    grid('a whole title', { search: `${word} ${SCALE_TITLE_WORDS[7].toLowerCase()} 3428` }, null),
    grid('a word every film holds (genre)', { search: 'genre' }, null),
    grid(`a name (${data.firstName})`, { search: data.firstName }, null),
    grid('one word and one genre', { search: word, genres: ['Genre 3'] }, null),
    grid('one word, by title', { search: word }, 'TITLE_ASC'),
    grid("a director's films", { directorId: data.director }, 'YEAR_DESC', 0, data.director),
    grid("an actor's films", { actorId: data.actor }, 'YEAR_DESC', 0, data.actor),
    { name: 'genre list', operation: 'GridGenres', variables: {} },
    ...spread.map((id, i) => ({ name: `details ${id}`, operation: 'MovieDetails', variables: { id }, member: 2 + i })),
    ...['NEWEST', 'HELPFUL'].map((sort) => ({
      name: `reviews, ${sort.toLowerCase()}`,
      operation: 'MovieReviews',
      variables: { id: data.reviewed, first: 10, sort },
      member: 3,
    })),
    { name: 'person: a director', operation: 'PersonPage', variables: { id: data.director } },
    { name: 'person: an actor', operation: 'PersonPage', variables: { id: data.actor } },
    { name: 'for you', operation: 'ForYou', variables: {}, member: 5 },
    { name: 'profile', operation: 'ProfilePage', variables: { username: data.username, first: 10 }, member: 2 },
    ...[word.slice(0, 3), word, data.firstName, 'zzq'].map((query) => ({
      name: `suggestions: ${query}`,
      operation: 'SearchSuggestions',
      variables: { query },
    })),
    { name: 'viewer', operation: 'Viewer', variables: {}, member: 4 },
    ...(
      [
        ['movies', 'AdminMovies', { search: null, offset: 0, sort: 'NEWEST' }],
        ['movies, searched', 'AdminMovies', { search: word, offset: 0, sort: null }],
        ['movie edit', 'AdminMovieEdit', { id: spread[2] }],
        ['genres', 'AdminGenres', {}],
        ['people', 'AdminPeopleList', { search: null }],
        ['people, searched', 'AdminPeopleList', { search: data.firstName.slice(0, 3) }],
        ['find people', 'AdminFindPeople', { search: data.firstName }],
        ['reviews', 'AdminReviews', {}],
        ['users', 'AdminUsers', { search: null }],
        ['audit log', 'AdminAuditLog', {}],
      ] as Array<[string, string, Record<string, unknown>]>
    ).map(([name, operation, variables]) => ({ name: `admin: ${name}`, operation, variables, member: 1 })),
  ];
}

export async function benchClientStatements(against?: string): Promise<void> {
  const token = (member: number) => `Bearer ${benchMemberToken(member)}`;
  const rows: Array<Record<string, string | number>> = [];
  const builds: Build[] = [];
  try {
    const wanted = [{ name: 'this checkout', root: ROOT }];
    if (against)
      wanted.push({ name: `--against ${path.basename(path.resolve(against))}`, root: path.resolve(against) });
    for (const [index, { name, root }] of wanted.entries()) {
      await startBuild(builds, 'statements', 'postgresql', { name, root, port: 4370 + index });
      if (!builds[index].stats?.available) throw new Error(PG_STAT_STATEMENTS_HINT);
      await withClient(builds[index].database.url, (client) =>
        client.query('update app_user set is_admin = true where id = 1'),
      );
    }
    const data = await withClient(builds[0].database.url, facts);
    for (const item of cases(data)) {
      const answers: string[] = [];
      for (const build of builds) {
        const document = clientOperation(build.root, item.operation);
        if (!document) {
          rows.push({ operation: item.name, server: build.name, 'SQL per request': 'no such operation' });
          continue;
        }
        const body = JSON.stringify({ operationName: item.operation, query: document, variables: item.variables });
        const authorization = item.member ? token(item.member) : undefined;
        const ask = async () => {
          const { ok, json } = await post(build.port, body, authorization);
          const text = JSON.stringify(json);
          if (!ok || json.errors) throw new Error(`${item.name} on ${build.name}: ${text.slice(0, 300)}`);
          return text;
        };
        answers.push(await ask());
        await ask();
        await ask();
        await build.stats!.reset();
        for (let run = 0; run < RUNS; run++) await ask();
        const stats = await build.stats!.read();
        rows.push({
          operation: item.name,
          server: build.name,
          'SQL per request': Math.round((10 * stats.statements) / RUNS) / 10,
          'DB ms per request': Math.round((100 * stats.executionMs) / RUNS) / 100,
          'slowest mean ms': Math.round(100 * stats.slowestMeanMs) / 100,
          'slowest max ms': Math.round(100 * stats.slowestMaxMs) / 100,
          'slowest statement': stats.slowest.slice(0, 50),
        });
      }
      if (answers.length > 1 && new Set(answers).size > 1)
        process.stderr.write(`[statements] ${item.name}: the two checkouts answer differently\n`);
    }
  } finally {
    await releaseBuilds(builds);
  }
  console.log(
    `\nEvery read of the web client on the PostgreSQL scale dataset, ${RUNS} requests each after 3 warm-ups, one at a time ` +
      '(pg_stat_statements; nothing saturated: this finds slow statements, it does not measure a server)',
  );
  console.table(rows);
}
