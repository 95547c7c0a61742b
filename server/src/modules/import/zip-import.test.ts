import { zipSync } from 'fflate';
import { print } from 'graphql';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  adminToken,
  bearer,
  dataOf,
  dialects,
  postFile,
  readSeedFixture,
  SEED_FIXTURE_DIR,
  startTestServer,
  type TestServer,
} from '../../../test/harness';
import { graphql } from '../../../test/__generated__';

const IMPORT = graphql(`
  mutation ZipImport($file: Upload!) {
    importMovies(file: $file) {
      total
      moviesCreated
      missingPosters
      postersNotImages
      errors {
        index
        message
      }
    }
  }
`);

const zip = (files: Record<string, Uint8Array | string>) =>
  zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, body]) => [
        name,
        typeof body === 'string' ? new TextEncoder().encode(body) : body,
      ]),
    ),
    { level: 6 },
  );

describe.each(dialects())('importing a zip (records + posters) on %s', (dialect) => {
  let server: TestServer;
  let admin: Record<string, string>;
  const send = (body: Uint8Array, filename = 'export.zip') =>
    postFile(server, print(IMPORT), {}, body, filename, admin, 'application/zip');

  beforeAll(async () => {
    server = await startTestServer(dialect, {
      env: { IMPORT_ZIP_MAX_ENTRIES: '200', IMPORT_ZIP_MAX_UNPACKED_BYTES: String(30 * 1024 * 1024) },
    });
    admin = { ...bearer(await adminToken(server)), 'apollo-require-preflight': 'true' };
  });
  afterAll(() => server?.stop());

  it('imports the seed export with its posters in one upload', async () => {
    const records = readSeedFixture();
    const files: Record<string, Uint8Array | string> = { 'export/tmdb_movies.json': JSON.stringify(records) };
    for (const record of records) {
      const poster = String(record.poster);
      files[`export/${poster}`] = fs.readFileSync(path.join(SEED_FIXTURE_DIR, poster));
    }
    const response = await send(zip(files));
    expect(response.body.data.importMovies).toMatchObject({
      total: records.length,
      moviesCreated: records.length,
      missingPosters: 0,
      postersNotImages: [],
      errors: [],
    });
    const { movies } = dataOf(
      await server.gql(
        graphql(`
          query ZipImportPosters {
            movies(first: 100) {
              edges {
                node {
                  posterUrl
                  small: posterUrl(width: 185)
                }
              }
            }
          }
        `),
      ),
    );
    expect(movies.edges.every((edge) => edge.node.posterUrl)).toBe(true);
    // Copies for the grid were made once, at import.
    expect(movies.edges.every((edge) => edge.node.small!.endsWith('.w185.webp'))).toBe(true);
    const poster = await fetch(`${server.url}${movies.edges[0].node.posterUrl}`);
    expect(poster.status).toBe(200);
  });

  it('skips a "poster" that is not an image, whatever its name', async () => {
    const record = { title: 'Fake Poster', release_year: 2001, genres: ['Drama'], poster: 'posters/fake.jpg' };
    const response = await send(
      zip({ 'movies.json': JSON.stringify([record]), 'posters/fake.jpg': '<html><body>not a poster</body></html>' }),
    );
    expect(response.body.data.importMovies).toMatchObject({
      moviesCreated: 1,
      missingPosters: 1,
      postersNotImages: ['posters/fake.jpg'],
    });
  });

  it('refuses path tricks, zip bombs and too many entries before writing anything', async () => {
    const outside = path.join(os.tmpdir(), 'mymdb-zip-escape.jpg');
    fs.rmSync(outside, { force: true });
    const traversal = await send(zip({ 'movies.json': '[]', '../../mymdb-zip-escape.jpg': 'x' }));
    expect(traversal.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(fs.existsSync(outside)).toBe(false);

    // 40 MiB of zeros compress to about 40 KiB: over the unpacked limit, refused from the directory.
    const bomb = await send(zip({ 'movies.json': '[]', 'posters/a.jpg': new Uint8Array(40 * 1024 * 1024) }));
    expect(bomb.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(bomb.body.errors[0].message).toMatch(/unpacks to more than/);

    const many: Record<string, string> = { 'movies.json': '[]' };
    for (let i = 0; i < 250; i++) many[`posters/p${i}.jpg`] = 'x';
    const crowded = await send(zip(many));
    expect(crowded.body.errors[0].message).toMatch(/251 entries; at most 200/);

    const noRecords = await send(zip({ 'posters/a.jpg': 'x' }));
    expect(noRecords.body.errors[0].message).toMatch(/no records file/);
    const broken = await send(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]));
    expect(broken.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  });
});
