import {
  adminToken,
  bearer,
  dataOf,
  dialects,
  readSeedFixture,
  SEED_FIXTURE_DIR,
  startTestServer,
  type TestServer,
} from '../../../test/harness';
import { writeConcurrently } from '../../../test/concurrent-writers';

/**
 * The unfiltered totalCount and each genre's movieCount read counters the database's triggers
 * keep (migrations 012 and 014); after every kind of write they must equal what count(*) says.
 */
describe.each(dialects())('the catalogue counters on %s', (dialect) => {
  let server: TestServer;
  let admin: Record<string, string>;

  const rows = <T>(sql: string) => server.sql<T>(sql);
  const counted = async () => Number((await rows<{ n: number | string }>('select count(*) as n from movie'))[0].n);
  const totalCount = async (filter = '') =>
    dataOf(await server.gql(`{ movies(first: 1${filter}) { totalCount } }`)).movies.totalCount as number;
  const adminDo = (fields: string) => server.mutate(fields, admin);
  const genreIds = async () =>
    Object.fromEntries(
      (dataOf(await server.gql('{ genres { id name } }')).genres as Array<{ id: string; name: string }>).map(
        (genre) => [genre.name, genre.id],
      ),
    );

  const expectCountersRight = async (expectedMovies: number) => {
    expect(await counted()).toBe(expectedMovies);
    server.statements.reset();
    expect(await totalCount()).toBe(expectedMovies);
    expect(server.statements.log.filter((sql) => /table_count/.test(sql))).toHaveLength(1);
    expect(server.statements.log.filter((sql) => /count\(\*\)/i.test(sql))).toEqual([]);
    // An empty filter and an empty search admit every movie too: the same counter.
    expect(await totalCount(', filter: { genres: [], search: "" }')).toBe(expectedMovies);

    const linked = await rows<{ genre_id: number | string; n: number | string }>(
      'select genre_id, count(*) as n from movie_genre group by genre_id',
    );
    const truth = new Map(linked.map((row) => [String(row.genre_id), Number(row.n)]));
    server.statements.reset();
    const genres = dataOf(await server.gql('{ genres { id name movieCount } }')).genres as Array<{
      id: string;
      name: string;
      movieCount: number;
    }>;
    expect(server.statements.log.filter((sql) => /count\(\*\)/i.test(sql))).toEqual([]);
    expect(genres.map((genre) => [genre.id, genre.movieCount])).toEqual(
      genres.map((genre) => [genre.id, truth.get(genre.id) ?? 0]),
    );
    // Browsing one genre reads its counter too (any spelling of its name), and an unknown genre has none.
    server.statements.reset();
    const oneGenre = async (name: string) => totalCount(`, filter: { genres: [${JSON.stringify(name)}] }`);
    for (const genre of genres)
      expect([genre.id, await oneGenre(genre.name.toUpperCase())]).toEqual([genre.id, truth.get(genre.id) ?? 0]);
    expect(await oneGenre('No such genre')).toBe(0);
    expect(server.statements.log.filter((sql) => /count\(\*\)/i.test(sql))).toEqual([]);
    return genres;
  };

  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = bearer(await adminToken(server));
  });
  afterAll(() => server?.stop());

  it('start at zero and follow the set-based import, also when it imports the same records again', async () => {
    await expectCountersRight(0);
    const records = readSeedFixture();
    const first = await server.app.services.importer.importRecords(records, { postersFrom: SEED_FIXTURE_DIR });
    expect(first.moviesCreated).toBeGreaterThan(100);
    const genres = await expectCountersRight(first.moviesCreated);
    expect(genres.filter((genre) => genre.movieCount > 1).length).toBeGreaterThan(5);
    const again = await server.app.services.importer.importRecords(records, { postersFrom: SEED_FIXTURE_DIR });
    expect(again.moviesCreated).toBe(0);
    await expectCountersRight(first.moviesCreated);
  });

  it('follow admin creates, genre edits and deletes, and a rejected create leaves them alone', async () => {
    const before = await counted();
    const genre = await genreIds();
    const [drama, comedy] = [genre.Drama, genre.Comedy];
    expect(drama && comedy).toBeTruthy();
    const create = (title: string, genres: string[]) =>
      server.gql(
        `mutation { createMovie(input: { title: "${title}", releaseYear: 2001, genreIds: ${JSON.stringify(genres)} }) { id } }`,
        undefined,
        admin,
      );
    const ids = [];
    for (const title of ['Counter One', 'Counter Two', 'Counter Three'])
      ids.push(dataOf(await create(title, [drama, comedy])).createMovie.id as string);
    await expectCountersRight(before + 3);
    const duplicate = await create('Counter One', [drama]);
    expect(duplicate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await expectCountersRight(before + 3);
    await adminDo(
      `updateMovie(id: "${ids[2]}", input: { title: "Counter Three", releaseYear: 2001, genreIds: ["${comedy}"] }) { id }`,
    );
    await expectCountersRight(before + 3);
    for (const id of ids.slice(0, 2)) expect((await adminDo(`deleteMovie(id: "${id}")`)).deleteMovie).toBe(id);
    await expectCountersRight(before + 1);
  });

  it('follow genre merges (films moved to the kept genre, duplicates dropped)', async () => {
    const movies = await counted();
    const genre = await genreIds();
    const merged = await adminDo(
      `mergeGenres(keepId: "${genre.Drama}", mergeIds: ["${genre.Comedy}", "${genre.Romance}"]) { id name }`,
    );
    expect(merged.mergeGenres.name).toBe('Drama');
    await expectCountersRight(movies);
  });

  it('take concurrent creates and deletes of films sharing genres without losing one or deadlocking', async () => {
    const movies = await counted();
    const genre = await genreIds();
    const shared = [genre.Action, genre.Thriller, genre.Adventure];
    const create = (i: number) =>
      adminDo(
        `createMovie(input: { title: "Concurrent ${i}", releaseYear: 2010, genreIds: ${JSON.stringify(i % 2 ? shared : [...shared].reverse())} }) { id }`,
      ).then((data) => data.createMovie.id as string);
    const first = await Promise.all([0, 1, 2, 3, 4, 5].map(create));
    await expectCountersRight(movies + 6);
    // Deletes (cascading to movie_genre) race creates of more films in the same genres.
    const deletes = first.map((id) => adminDo(`deleteMovie(id: "${id}")`));
    const creates = [6, 7, 8, 9, 10, 11].map(create);
    await Promise.all([...deletes, ...creates]);
    await expectCountersRight(movies + 6);
  });

  // PostgreSQL only: SQLite's writers hold the whole database, one at a time, so it has no lock order to get wrong.
  if (dialect === 'postgresql')
    it('queue two writers that add the same two genres in opposite orders instead of deadlocking', async () => {
      const knex = server.app.services.orm.em.getKnex();
      const genre = await genreIds();
      const [action, family] = [Number(genre.Action), Number(genre.Family)];
      const [x, y] = await knex('movie as m')
        .whereNotExists(knex('movie_genre as g').whereRaw('g.movie_id = m.id').whereIn('g.genre_id', [action, family]))
        .orderBy('m.id')
        .limit(2)
        .pluck('m.id');
      const credit = (tx: typeof knex, movieId: number, genreId: number) =>
        tx('movie_genre').insert({ movie_id: movieId, genre_id: genreId, position: 9 });
      // The second starts after the first took Action; with one lock order it waits for the first
      // writer instead of taking Family, which the first then takes.
      await writeConcurrently(
        knex,
        (tx) => credit(tx, x, action),
        async (tx) => {
          await credit(tx, y, family);
          await credit(tx, y, action);
        },
        { firstThen: (tx) => credit(tx, x, family) },
      );
      await expectCountersRight(await counted());
    });

  it('count what a filter admits with count(*)', async () => {
    const [row] = await rows<{ n: number | string }>('select count(*) as n from movie where release_year >= 2000');
    expect(await totalCount(', filter: { yearFrom: 2000 }')).toBe(Number(row.n));
    expect(Number(row.n)).toBeLessThan(await counted());
    // Two genres, or a genre and a year: no counter holds those.
    const [both] = await rows<{ n: number | string }>(
      `select count(*) as n from movie m where exists (select 1 from movie_genre mg join genre g on g.id = mg.genre_id where mg.movie_id = m.id and g.name = 'Drama')
         and exists (select 1 from movie_genre mg join genre g on g.id = mg.genre_id where mg.movie_id = m.id and g.name = 'Crime')`,
    );
    server.statements.reset();
    expect(await totalCount(', filter: { genres: ["Drama", "Crime"] }')).toBe(Number(both.n));
    expect(Number(both.n)).toBeGreaterThan(0);
    expect(server.statements.log.filter((sql) => /count\(\*\)/i.test(sql))).toHaveLength(1);
    const [dramaSince] = await rows<{ n: number | string }>(
      `select count(*) as n from movie m where release_year >= 2000 and exists (select 1 from movie_genre mg join genre g on g.id = mg.genre_id where mg.movie_id = m.id and g.name = 'Drama')`,
    );
    expect(await totalCount(', filter: { genres: ["Drama"], yearFrom: 2000 }')).toBe(Number(dramaSince.n));
  });
});
