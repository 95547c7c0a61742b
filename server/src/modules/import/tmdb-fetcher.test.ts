import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sharp from 'sharp';
import { startTestServer, tempDir, type TestServer } from '../../../test/harness';
import { TmdbFetcher } from './tmdb-fetcher';

/** A local stand-in for TMDB's API and image server, speaking their JSON and their 429s. */
async function startTmdbStub() {
  const poster = await sharp(Buffer.from(Array.from({ length: 200 * 300 * 3 }, (_, i) => (i * 7919) % 251)), {
    raw: { width: 200, height: 300, channels: 3 },
  })
    .jpeg({ quality: 90 })
    .toBuffer();
  const tiny = (
    await sharp({ create: { width: 20, height: 30, channels: 3, background: '#888' } })
      .jpeg()
      .toBuffer()
  ).subarray(0, 2048);
  const hits: Record<string, number[]> = {};
  const details: Record<number, object> = {
    1: {
      id: 1,
      title: 'Orbit Run',
      overview: 'A race.',
      release_date: '2019-05-01',
      poster_path: '/p1.jpg',
      genres: [{ id: 28, name: 'Action' }],
      credits: {
        cast: [
          { name: 'B Actor', order: 1 },
          { name: 'A Actor', order: 0 },
          { name: 'C', order: 2 },
          { name: 'D', order: 3 },
          { name: 'E', order: 4 },
        ],
        crew: [
          { name: 'Dee Rector', job: 'Director' },
          { name: 'Pro Ducer', job: 'Producer' },
        ],
      },
    },
    3: {
      id: 3,
      title: 'Two Genres',
      overview: '',
      release_date: '2020-01-01',
      poster_path: '/html.jpg',
      genres: [
        { id: 28, name: 'Action' },
        { id: 18, name: 'Drama' },
      ],
      credits: { cast: [], crew: [] },
    },
    4: {
      id: 4,
      title: 'Tiny Poster',
      release_date: '2021-02-02',
      poster_path: '/tiny.jpg',
      genres: [{ id: 18, name: 'Drama' }],
      credits: {},
    },
    5: {
      id: 5,
      title: 'No Poster',
      release_date: '2022-03-03',
      poster_path: null,
      genres: [{ id: 18, name: 'Drama' }],
      credits: {},
    },
  };
  let discoverCalls = 0;
  const server = http.createServer((request, response) => {
    const url = new URL(request.url!, 'http://stub');
    (hits[url.pathname] ??= []).push(Date.now());
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(body));
    };
    if (url.pathname.startsWith('/t/p/w500/')) {
      const name = url.pathname.slice('/t/p/w500/'.length);
      if (name === 'p1.jpg') return void response.writeHead(200, { 'content-type': 'image/jpeg' }).end(poster);
      if (name === 'tiny.jpg') return void response.writeHead(200, { 'content-type': 'image/jpeg' }).end(tiny);
      return void response.writeHead(200, { 'content-type': 'text/html' }).end('<html>Not found</html>');
    }
    if (url.searchParams.get('api_key') !== 'test-key') return json(401, { status_message: 'Invalid API key' });
    if (url.pathname === '/3/configuration')
      return json(200, { images: { secure_base_url: `http://127.0.0.1:${port}/t/p/` } });
    if (url.pathname === '/3/genre/movie/list')
      return json(200, {
        genres: [
          { id: 28, name: 'Action' },
          { id: 18, name: 'Drama' },
          { id: 99, name: 'Documentary' },
        ],
      });
    if (url.pathname === '/3/discover/movie') {
      // A burst of 429s first, as TMDB answers when a client goes too fast.
      if (++discoverCalls <= 2) return json(429, { status_message: 'Too many requests' }, { 'retry-after': '1' });
      const byGenre: Record<string, object[]> = {
        '28': [{ id: 1 }, { id: 2, adult: true }, { id: 3 }],
        '18': [{ id: 3 }, { id: 4 }, { id: 5 }],
        '99': [],
      };
      expect(url.searchParams.get('include_adult')).toBe('false');
      expect(url.searchParams.get('sort_by')).toBe('popularity.desc');
      return json(200, { page: 1, total_pages: 1, results: byGenre[url.searchParams.get('with_genres')!] ?? [] });
    }
    const movie = /^\/3\/movie\/(\d+)$/.exec(url.pathname);
    if (movie && details[Number(movie[1])]) return json(200, details[Number(movie[1])]);
    return json(404, { status_message: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, hits, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('npm run fetch-tmdb against a TMDB stub', () => {
  let stub: Awaited<ReturnType<typeof startTmdbStub>>;
  beforeAll(async () => {
    stub = await startTmdbStub();
  });
  afterAll(() => stub?.close());

  const fetcher = (out: string, genres: string[] = []) =>
    new TmdbFetcher({
      out,
      perGenre: 10,
      genres,
      baseUrl: `${stub.url}/3`,
      auth: { apiKey: 'test-key' },
      retryDelayMs: 10,
    });

  it('skips adult titles and duplicates, validates posters, backs off on 429, and resumes', async () => {
    const out = tempDir('mymdb-tmdb-');
    const summary = await fetcher(out).run();
    expect(summary).toMatchObject({
      fetched: 4,
      skipped: { adult: 1, duplicate: 1, withoutPoster: 1, failedDownload: 2 },
      postersDownloaded: 1,
    });
    const discover = stub.hits['/3/discover/movie'];
    expect(discover[2] - discover[1]).toBeGreaterThanOrEqual(900); // Retry-After: 1 was honoured
    const records = JSON.parse(fs.readFileSync(path.join(out, 'tmdb_movies.json'), 'utf8'));
    expect(records.map((r: { tmdb_id: number }) => r.tmdb_id)).toEqual([1, 3, 4, 5]);
    expect(records[0]).toEqual({
      tmdb_id: 1,
      title: 'Orbit Run',
      description: 'A race.',
      release_year: 2019,
      director: 'Dee Rector',
      main_actors: ['A Actor', 'B Actor', 'C', 'D'],
      poster: 'posters/p1.jpg',
      genres: ['Action'],
      genre_ids: [28],
    });
    expect(records.slice(1).every((r: { poster?: string }) => r.poster === undefined)).toBe(true);
    expect(fs.readdirSync(path.join(out, 'posters'))).toEqual(['p1.jpg']);

    // Again: the valid poster is kept, not fetched again.
    const before = stub.hits['/t/p/w500/p1.jpg'].length;
    const again = await fetcher(out).run();
    expect(again).toMatchObject({ postersKept: 1, postersDownloaded: 0 });
    expect(stub.hits['/t/p/w500/p1.jpg']).toHaveLength(before);
  });

  it('refuses an unknown genre and a wrong key', async () => {
    await expect(fetcher(tempDir('mymdb-tmdb-'), ['Westerns']).run()).rejects.toThrow(/no genre called westerns/);
    const wrong = new TmdbFetcher({
      out: tempDir('mymdb-tmdb-'),
      perGenre: 1,
      genres: [],
      baseUrl: `${stub.url}/3`,
      auth: { apiKey: 'nope' },
    });
    await expect(wrong.run()).rejects.toThrow(/401/);
  });

  describe('the command with --import', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer('sqlite');
    });
    afterAll(() => server?.stop());

    it('fetches and imports through the importer', async () => {
      const out = tempDir('mymdb-tmdb-');
      // Asynchronous: the stub answers from this process's event loop.
      const run = await promisify(execFile)(
        process.execPath,
        [
          path.resolve(__dirname, '../../../../dist/server/src/scripts/fetch-tmdb.js'),
          '--out',
          out,
          '--genres',
          'Drama',
          '--per-genre',
          '3',
          '--import',
        ],
        {
          encoding: 'utf8',
          timeout: 30_000,
          env: {
            ...process.env,
            TMDB_API_KEY: 'test-key',
            TMDB_BASE_URL: `${stub.url}/3`,
            DATA_DIR: server.dataDir,
            DATABASE_URL: `sqlite:${path.join(server.dataDir, 'fetched.sqlite')}`,
            LOG_LEVEL: 'error',
          },
        },
      );
      expect(run.stderr).not.toMatch(/Error/);
      const [summary, report] = run.stdout.split(/\n(?=\{)/).map((text) => JSON.parse(text));
      expect(summary).toMatchObject({ fetched: 3, skipped: { duplicate: 0, withoutPoster: 1, failedDownload: 2 } });
      expect(report).toMatchObject({ total: 3, moviesCreated: 3, missingPosters: 3, errors: [] });
    }, 40_000);
  });
});
