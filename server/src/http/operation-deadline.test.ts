import { adminToken, bearer, startTestServer, type TestServer } from '../../test/harness';

/**
 * The deadline, with a clock that jumps a minute on every reading: a query's later fields fail
 * with OPERATION_TIMEOUT; a mutation, whose root field has done the work, reports its result.
 */
describe('the operation deadline', () => {
  let server: TestServer;
  let admin: Record<string, string>;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { env: { GRAPHQL_TIMEOUT_MS: '1000' } });
    admin = bearer(await adminToken(server));
    await server.app.services.importer.importRecords([{ title: 'Slow Query', release_year: 2001, genres: ['Drama'] }]);
  });
  afterAll(() => server?.stop());

  async function withJumpingClock<T>(run: () => Promise<T>): Promise<T> {
    const real = Date.now.bind(Date);
    let offset = 0;
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => real() + (offset += 60_000));
    try {
      return await run();
    } finally {
      clock.mockRestore();
    }
  }

  it('ends a query whose fields start after it', async () => {
    const response = await withJumpingClock(() =>
      server.gql('{ movies { edges { node { title releaseYear genres { name } } } } }'),
    );
    expect(response.errors?.some((error) => error.extensions?.code === 'OPERATION_TIMEOUT')).toBe(true);
  });

  it('lets a mutation report what it did', async () => {
    const response = await withJumpingClock(() =>
      server.gql(
        'mutation { importMoviesJson(records: [{ title: "Late Report", releaseYear: 2002, genres: ["Drama"] }]) { total moviesCreated } }',
        {},
        admin,
      ),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ importMoviesJson: { total: 1, moviesCreated: 1 } });
  });
});
