import { dataOf, startTestServer, type TestServer } from '../../test/harness';
import { searchOf } from './apollo-middleware';

describe('searchOf', () => {
  it('gives the query string with its "?" as url.parse did, and "" when there is none', () => {
    expect(searchOf('/graphql')).toBe('');
    expect(searchOf('/graphql?')).toBe('?');
    expect(searchOf('/graphql?query=%7B__typename%7D&operationName=A')).toBe('?query=%7B__typename%7D&operationName=A');
    expect(searchOf('/graphql?query=x#fragment')).toBe('?query=x');
    expect(searchOf('/graphql#a?b')).toBe('');
  });
});

describe('the GraphQL endpoint over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { seedDemo: true });
  });
  afterAll(() => server?.stop());

  it('answers a query sent as GET parameters, variables included', async () => {
    const query = 'query One($first: Int) { movies(first: $first) { edges { node { id } } } }';
    const params = new URLSearchParams({ query, variables: JSON.stringify({ first: 2 }) });
    const response = await fetch(`${server.url}/graphql?${params}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { movies: { edges: unknown[] } } };
    expect(body.data.movies.edges).toHaveLength(2);
  });

  it('refuses a mutation sent as GET with 405 and a stable code, and runs nothing', async () => {
    const params = new URLSearchParams({ query: 'mutation { createGenre(name: "Sent by GET") { id } }' });
    const response = await fetch(`${server.url}/graphql?${params}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(405);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    const { genres } = dataOf(await server.gql<{ genres: Array<{ name: string }> }>('{ genres { name } }'));
    expect(genres.length).toBeGreaterThan(0);
    expect(genres.map((genre) => genre.name)).not.toContain('Sent by GET');
  });

  it('turns a POST without a JSON body into a 400 GraphQL error, not a server error', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/POST body|body/i);
  });

  it('passes Apollo status and headers through on a bad request', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ movies(first: 1) { nope } }' }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/(graphql-response\+)?json/);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
