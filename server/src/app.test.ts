import { dialects, startTestServer, type TestServer } from '../test/harness';
import { DATABASE_ONLY_SEARCH_STRUCTURES } from './modules/catalogue/search-index';
import { DATABASE_ONLY_SIMILAR_STRUCTURES } from './modules/catalogue/similar-movies';

describe.each(dialects())('the app on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { seedDemo: true });
  });
  afterAll(() => server?.stop());

  it('reports liveness and readiness', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('migrates the database to exactly what the entities describe', async () => {
    const diff = await server.app.services.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    // Search and similar-movie structures only the migrations describe (the entities cannot): skipped by name, nothing else.
    const databaseOnly = [...DATABASE_ONLY_SEARCH_STRUCTURES, ...DATABASE_ONLY_SIMILAR_STRUCTURES];
    const searchOnly = new RegExp(`["\`](${databaseOnly.join('|')})["\`]`);
    const statements = diff
      .split(';')
      .map((statement) => statement.trim())
      .filter(Boolean);
    expect(statements.filter((statement) => !searchOnly.test(statement))).toEqual([]);
  });

  it('loads the demo catalogue once, with generated posters', async () => {
    const query = `{ movies(first: 1, sort: TITLE_ASC) { totalCount edges { node { title posterUrl director { name } genres { name } } } } }`;
    const { data } = await server.gql(query);
    expect(data!.movies.totalCount).toBeGreaterThanOrEqual(100);
    const poster = await fetch(`${server.url}${data!.movies.edges[0].node.posterUrl}`);
    expect(poster.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await poster.text()).toContain(data!.movies.edges[0].node.title.replace(/&/g, '&#38;'));
    const { seedDemoCatalogue } = await import('./seeders/demo-seeder');
    await seedDemoCatalogue(server.app.services);
    expect((await server.gql(query)).data!.movies.totalCount).toBe(data!.movies.totalCount);
  });

  it('serves GraphiQL to browsers without loading anything from the internet', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('YogaGraphiQL');
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/);
  });

  it('serves the built web client at / and its client-side routes', async () => {
    for (const page of ['/', '/movies/1']) {
      const response = await fetch(`${server.url}${page}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="root"></div>');
    }
    const api = await fetch(`${server.url}/healthz`);
    expect(api.headers.get('content-type')).toMatch(/json/);
  });

  it('answers malformed requests with JSON errors and stable codes', async () => {
    const syntax = await server.gql('{ movies { ');
    expect(syntax.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknown = await server.gql('{ nope }');
    expect(unknown.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badJson = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(badJson.status).toBe(400);
    expect(badJson.headers.get('content-type')).toMatch(/json/);
    expect((await badJson.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});
