import { print } from 'graphql';
import fs from 'node:fs';
import {
  adminToken,
  bearer,
  dataOf,
  dialects,
  postFile,
  readSeedFixture,
  SEED_FIXTURE_FILE,
  signUp,
  startTestServer,
  type TestServer,
} from '../../../test/harness';
import { graphql } from '../../../test/__generated__';

const IMPORT = graphql(`
  mutation Import($file: Upload!) {
    importMovies(file: $file) {
      total
      moviesCreated
      moviesUpdated
      missingPosters
      errors {
        index
        title
        message
      }
    }
  }
`);

/** The import mutation with `body` as its file. */
const upload = (
  server: TestServer,
  body: Uint8Array | string,
  headers: Record<string, string>,
  filename = 'movies.json',
) => postFile(server, print(IMPORT), {}, body, filename, headers, 'application/json');

const fixtureBytes = fs.readFileSync(SEED_FIXTURE_FILE);
const LIMIT = fixtureBytes.length + 1024;

describe.each(dialects())('admin import upload on %s', (dialect) => {
  let server: TestServer;
  let admin: Record<string, string>;
  const preflight = { 'apollo-require-preflight': 'true' };

  beforeAll(async () => {
    server = await startTestServer(dialect, { env: { UPLOAD_MAX_BYTES: String(LIMIT) } });
    admin = { ...bearer(await adminToken(server)), ...preflight };
  });
  afterAll(() => server?.stop());

  const movieCount = async () =>
    dataOf(
      await server.gql(
        graphql(`
          query ImportUploadMovies {
            movies {
              totalCount
            }
          }
        `),
      ),
    ).movies.totalCount;

  it('imports the seed fixture uploaded by an admin in the multipart format', async () => {
    const response = await upload(server, fixtureBytes, admin, 'tmdb_movies.json');
    expect(response.status).toBe(200);
    const report = response.body.data.importMovies;
    expect(report).toMatchObject({ total: readSeedFixture().length, moviesUpdated: 0, errors: [] });
    expect(report.moviesCreated).toBe(await movieCount());
    // Posters were not uploaded to storage, so each record reports its poster missing.
    expect(report.missingPosters).toBe(readSeedFixture().length);
  });

  it('refuses anonymous callers and non-admins', async () => {
    const anonymous = await upload(server, '[]', preflight);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const { token } = await signUp(server, 'regular');
    const regular = await upload(server, '[]', { ...bearer(token), ...preflight });
    expect(regular.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const json = await server.gql(
      graphql(`
        mutation ImportUploadImportMoviesJson {
          importMoviesJson(records: [{ title: "Sneaky", releaseYear: 2000 }]) {
            total
          }
        }
      `),
      {},
      bearer(token),
    );
    expect(json.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps CSRF prevention on: a multipart request without a preflight header is refused', async () => {
    const response = await upload(server, '[]', { authorization: admin.authorization });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toMatch(/CSRF|preflight/i);
  });

  it('answers an oversize file with PAYLOAD_TOO_LARGE and writes nothing', async () => {
    const before = await movieCount();
    const big = JSON.stringify([{ title: 'Huge', release_year: 2000, description: 'x'.repeat(LIMIT) }]);
    const response = await upload(server, big, admin);
    expect(response.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await movieCount()).toBe(before);
  });

  it('answers a file that is not JSON, or not an array, with one BAD_USER_INPUT error and writes nothing', async () => {
    const before = await movieCount();
    const notJson = await upload(server, 'title,year\nAlien,1979\n', admin, 'movies.csv');
    expect(notJson.body.errors[0]).toMatchObject({
      message: 'movies.csv is not valid JSON',
      extensions: { code: 'BAD_USER_INPUT', field: 'file' },
    });
    const object = await upload(server, JSON.stringify({ title: 'Alien', release_year: 1979 }), admin);
    expect(object.body.errors).toHaveLength(1);
    expect(object.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await movieCount()).toBe(before);
  });

  it('answers a malformed multipart request with a JSON error, not an HTML page', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'multipart/form-data; boundary=XYZ' },
      body: '--XYZ\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{not json\r\n--XYZ--\r\n',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js:\d+/);
  });

  it('imports raw JSON records through importMoviesJson with the same per-record report', async () => {
    const response = await server.gql(
      graphql(`
        mutation ImportUploadImportMoviesJson2($records: [MovieImportInput!]!) {
          importMoviesJson(records: $records) {
            total
            moviesCreated
            errors {
              index
              message
            }
          }
        }
      `),
      {
        records: [
          { title: 'Json Import', releaseYear: 2011, genres: ['Drama'], mainActors: ['A B'] },
          { title: '   ', releaseYear: 2011 },
        ],
      },
      bearer(admin.authorization.slice('Bearer '.length)),
    );
    expect(dataOf(response).importMoviesJson).toEqual({
      total: 2,
      moviesCreated: 1,
      errors: [{ index: 1, message: 'title is required' }],
    });
  });
});
