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

/** The unfiltered totalCount reads a counter the database's triggers keep; it must equal count(*) after every kind of write. */
describe.each(dialects())('the movie counter on %s', (dialect) => {
  let server: TestServer;
  let admin: Record<string, string>;

  const counted = async () => {
    const [row] = await server.app.services.orm.em
      .getConnection()
      .execute<Array<{ n: number | string }>>('select count(*) as n from movie');
    return Number(row.n);
  };
  const totalCount = async (filter = '') =>
    dataOf(await server.gql(`{ movies(first: 1${filter}) { totalCount } }`)).movies.totalCount as number;
  const expectCounterRight = async (expected: number) => {
    expect(await counted()).toBe(expected);
    server.statements.reset();
    expect(await totalCount()).toBe(expected);
    expect(server.statements.log.filter((sql) => /table_count/.test(sql))).toHaveLength(1);
    expect(server.statements.log.filter((sql) => /count\(\*\)/i.test(sql))).toEqual([]);
    // An empty filter and an empty search admit every movie too: the same counter.
    expect(await totalCount(', filter: { genres: [], search: "" }')).toBe(expected);
  };

  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = bearer(await adminToken(server));
  });
  afterAll(() => server?.stop());

  it('starts at zero and follows the set-based import, also when it imports the same records again', async () => {
    await expectCounterRight(0);
    const records = readSeedFixture();
    const first = await server.app.services.importer.importRecords(records, { postersFrom: SEED_FIXTURE_DIR });
    expect(first.moviesCreated).toBeGreaterThan(100);
    await expectCounterRight(first.moviesCreated);
    const again = await server.app.services.importer.importRecords(records, { postersFrom: SEED_FIXTURE_DIR });
    expect(again.moviesCreated).toBe(0);
    await expectCounterRight(first.moviesCreated);
  });

  it('follows admin creates and deletes, and a rejected create leaves it alone', async () => {
    const before = await counted();
    const create = (title: string) =>
      server.gql(`mutation { createMovie(input: { title: "${title}", releaseYear: 2001 }) { id } }`, undefined, admin);
    const ids = [];
    for (const title of ['Counter One', 'Counter Two', 'Counter Three'])
      ids.push(dataOf(await create(title)).createMovie.id as string);
    await expectCounterRight(before + 3);
    const duplicate = await create('Counter One');
    expect(duplicate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await expectCounterRight(before + 3);
    for (const id of ids.slice(0, 2))
      expect(dataOf(await server.gql(`mutation { deleteMovie(id: "${id}") }`, undefined, admin)).deleteMovie).toBe(id);
    await expectCounterRight(before + 1);
  });

  it('still counts what a filter admits with count(*)', async () => {
    const [row] = await server.app.services.orm.em
      .getConnection()
      .execute<Array<{ n: number | string }>>('select count(*) as n from movie where release_year >= 2000');
    expect(await totalCount(', filter: { yearFrom: 2000 }')).toBe(Number(row.n));
    expect(Number(row.n)).toBeLessThan(await counted());
  });
});
