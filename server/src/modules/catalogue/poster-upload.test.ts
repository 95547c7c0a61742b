import { print } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import {
  adminToken,
  bearer,
  dataOf,
  dialects,
  postFile,
  signUp,
  startTestServer,
  type TestServer,
} from '../../../test/harness';
import { graphql } from '../../../test/__generated__';

const UPLOAD = graphql(`
  mutation PosterUpload($movieId: ID!, $file: Upload!) {
    uploadPoster(movieId: $movieId, file: $file) {
      id
      posterUrl
      small: posterUrl(width: 185)
      large: posterUrl(width: 500)
      huge: posterUrl(width: 2000)
    }
  }
`);

const image = (format: 'jpeg' | 'png' | 'webp', width = 600, height = 900) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 90 } } })
    .toFormat(format)
    .toBuffer();

describe.each(dialects())('poster upload on %s', (dialect) => {
  let server: TestServer;
  let admin: Record<string, string>;
  let movieId: string;
  // Multipart requests must say so (Apollo's CSRF prevention).
  const preflight = { 'apollo-require-preflight': 'true' };
  const send = (body: Uint8Array | string, filename: string, headers = admin) =>
    postFile(server, print(UPLOAD), { movieId }, body, filename, headers);
  const stored = (url: string) => path.join(server.dataDir, 'media', url.replace(/^\/media\//, ''));

  beforeAll(async () => {
    server = await startTestServer(dialect, { env: { UPLOAD_MAX_BYTES: String(200 * 1024) } });
    admin = { ...bearer(await adminToken(server)), ...preflight };
    await server.app.services.importer.importRecords([{ title: 'Posterless', release_year: 1999, genres: ['Drama'] }]);
    const { movies } = dataOf(
      await server.gql(
        graphql(`
          query PosterMovie {
            movies(first: 1) {
              edges {
                node {
                  id
                  posterUrl
                }
              }
            }
          }
        `),
      ),
    );
    movieId = movies.edges[0].node.id;
    expect(movies.edges[0].node.posterUrl).toBeNull();
  });
  afterAll(() => server?.stop());

  it('stores a JPEG with resized WebP copies; posterUrl(width) picks one; a new upload replaces the old files', async () => {
    const first = (await send(await image('jpeg'), 'poster.jpg')).body.data.uploadPoster;
    expect(first.posterUrl).toMatch(/^\/media\/posters\/uploads\/\d+-[0-9a-f]{12}\.jpg$/);
    expect(first.small).toBe(first.posterUrl.replace(/\.jpg$/, '.w185.webp'));
    expect(first.large).toBe(first.posterUrl.replace(/\.jpg$/, '.w500.webp'));
    expect(first.huge).toBe(first.posterUrl);
    expect((await sharp(stored(first.small)).metadata()).width).toBe(185);
    expect((await sharp(stored(first.large)).metadata()).format).toBe('webp');

    // A PNG named .jpg is a PNG: the content decides.
    const second = (await send(await image('png', 300, 450), 'looks-like.jpg')).body.data.uploadPoster;
    expect(second.posterUrl).toMatch(/\.png$/);
    // Smaller than 500 px: not enlarged.
    expect((await sharp(stored(second.large)).metadata()).width).toBe(300);
    for (const old of [first.posterUrl, first.small, first.large]) expect(fs.existsSync(stored(old))).toBe(false);
    expect(fs.existsSync(stored(second.posterUrl))).toBe(true);
  });

  it('refuses what is not a JPEG, PNG or WebP, files over the limit, and non-admins', async () => {
    const html = await send('<html><body>not an image</body></html>', 'poster.jpg');
    expect(html.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    const gif = await send(
      await sharp(await image('png', 10, 10))
        .gif()
        .toBuffer(),
      'poster.gif',
    );
    expect(gif.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(gif.body.errors[0].message).toMatch(/JPEG, PNG or WebP/);
    const big = await send(Buffer.alloc(300 * 1024, 1), 'big.jpg');
    expect(big.body.errors[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    const member = { ...bearer((await signUp(server, 'poster_fan')).token), ...preflight };
    expect((await send(await image('webp'), 'p.webp', member)).body.errors[0].extensions.code).toBe('FORBIDDEN');
    const missing = await postFile(server, print(UPLOAD), { movieId: '999999' }, await image('jpeg'), 'p.jpg', admin);
    expect(missing.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
