import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { DomainError } from '../common/errors';
import { MAX_ACTORS } from './tmdb-record';
import {
  dataOf,
  dialects,
  readSeedFixture,
  SEED_FIXTURE_DIR,
  SEED_FIXTURE_FILE,
  startTestServer,
  tempDir,
  type TestServer,
} from '../../../test/harness';
import { graphql } from '../../../test/__generated__';

const run = promisify(execFile);
const fixture = readSeedFixture();

/** What importing the fixture must create, worked out from the fixture itself. */
function expectedCounts(records: Array<Record<string, any>>) {
  const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
  const directors = new Set(records.filter((r) => r.director).map((r) => key(r.director)));
  const actors = new Set(records.flatMap((r) => r.main_actors.slice(0, MAX_ACTORS).map(key)));
  return {
    movies: new Set(records.map((r) => `${r.title}|${r.release_year}`)).size,
    genres: new Set(records.flatMap((r) => r.genres.map(key))).size,
    directors: directors.size,
    // One person per name: a director who also acts was created as a director.
    actors: [...actors].filter((name) => !directors.has(name)).length,
  };
}

describe.each(dialects())('movie importer on %s', (dialect) => {
  let server: TestServer;
  const importer = () => server.app.services.importer;
  const findByTitle = async (title: string) => {
    const query = graphql(`
      query ImportMovies($s: String) {
        movies(first: 100, filter: { search: $s }) {
          edges {
            node {
              title
              description
              director {
                name
              }
              mainActors {
                name
              }
            }
          }
        }
      }
    `);
    const { movies } = dataOf(await server.gql(query, { s: title }));
    return movies.edges.map((e: any) => e.node).find((node: { title: string }) => node.title === title);
  };

  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server?.stop());

  it('imports the seed fixture with its posters, then finds nothing to create the second time', async () => {
    const expected = expectedCounts(fixture);
    const first = await importer().importRecords(fixture, { postersFrom: SEED_FIXTURE_DIR });
    expect(first).toMatchObject({
      total: fixture.length,
      moviesCreated: expected.movies,
      moviesUpdated: 0,
      genresCreated: expected.genres,
      directorsCreated: expected.directors,
      actorsCreated: expected.actors,
      missingPosters: 0,
      errors: [],
    });

    const again = await importer().importRecords(fixture, { postersFrom: SEED_FIXTURE_DIR });
    expect(again).toMatchObject({
      moviesCreated: 0,
      moviesUpdated: 0,
      moviesUnchanged: expected.movies,
      genresCreated: 0,
      directorsCreated: 0,
      actorsCreated: 0,
      errors: [],
    });

    const { movies } = dataOf(
      await server.gql(
        graphql(`
          query ImportMovies2 {
            movies(first: 100, sort: TITLE_ASC) {
              totalCount
              edges {
                node {
                  title
                  posterUrl
                }
              }
            }
          }
        `),
      ),
    );
    expect(movies.totalCount).toBe(expected.movies);
    const poster = movies.edges[0].node.posterUrl as string;
    expect(poster).toMatch(/^\/media\/posters\/.+\.jpg$/);
    const image = await fetch(`${server.url}${poster}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
  });

  it('keeps the record without a director director-less, and the cast in billing order', async () => {
    const record = fixture.find((r) => !r.director)!;
    const { movies } = dataOf(
      await server.gql(
        graphql(`
          query ImportMovies3($s: String) {
            movies(filter: { search: $s }) {
              edges {
                node {
                  title
                  director {
                    name
                  }
                  mainActors {
                    name
                  }
                }
              }
            }
          }
        `),
        { s: record.title as string },
      ),
    );
    const node = movies.edges.find((e) => e.node.title === record.title)!.node;
    expect(node.director).toBeNull();
    expect(node.mainActors.map((a: { name: string }) => a.name)).toEqual(
      (record.main_actors as string[]).slice(0, MAX_ACTORS),
    );
  });

  it('updates a changed description, director and cast in place', async () => {
    const [a, b] = fixture;
    const changed = [
      { ...a, description: 'Rewritten description.' },
      { ...b, director: 'Someone Else Entirely', main_actors: ['New Face', ...(b.main_actors as string[])] },
    ];
    const report = await importer().importRecords(changed);
    expect(report).toMatchObject({
      moviesCreated: 0,
      moviesUpdated: 2,
      directorsCreated: 1,
      actorsCreated: 1,
      errors: [],
    });
    const movieA = await findByTitle(a.title as string);
    const movieB = await findByTitle(b.title as string);
    expect(movieA.description).toBe('Rewritten description.');
    expect(movieB.director.name).toBe('Someone Else Entirely');
    expect(movieB.mainActors.map((x: { name: string }) => x.name)).toEqual([
      'New Face',
      ...(b.main_actors as string[]).slice(0, 3),
    ]);
  });

  it("keeps people's film counts right when credits move", async () => {
    const filmCount = async (name: string) => {
      const { data } = await server.gql(
        `{ people(search: ${JSON.stringify(name)}, first: 5) { edges { node { name filmCount } } } }`,
      );
      return (data?.people.edges as Array<{ node: { name: string; filmCount: number } }>).find(
        (e) => e.node.name === name,
      )?.node.filmCount;
    };
    const record = {
      title: 'Count Probe',
      release_year: 2001,
      genres: ['Drama'],
      director: 'Probe Director',
      main_actors: ['Probe Actor', 'Probe Director'],
    };
    await importer().importRecords([
      record,
      { ...record, title: 'Count Probe II', director: 'Second Director', main_actors: ['Probe Actor'] },
    ]);
    // Directing and acting in one film counts it once.
    expect(await filmCount('Probe Director')).toBe(1);
    expect(await filmCount('Probe Actor')).toBe(2);
    await importer().importRecords([{ ...record, director: 'Other Director', main_actors: ['Other Actor'] }]);
    expect(await filmCount('Probe Director')).toBe(0);
    expect(await filmCount('Probe Actor')).toBe(1);
    expect(await filmCount('Other Actor')).toBe(1);
  });

  it('turns bad records into error rows and imports the good ones around them', async () => {
    const records: unknown[] = [
      { title: 'Xylo Good One', release_year: '1999', genres: ['Drama'], main_actors: [], director: 'A Person' },
      {},
      { title: 'No Year' },
      { title: 'Bad Year', release_year: 'nineteen' },
      { title: 42, release_year: 2000 },
      'not an object',
      { title: 'Bad Actors', release_year: 2000, main_actors: 'Someone' },
      { title: 'Bad Genre Entry', release_year: 2000, genres: [7] },
      { title: 'Far Future', release_year: 3020 },
      { title: 'Xylo Good Two', release_year: 2001, poster: 'posters/not-there.jpg', extra_key: { ignored: true } },
      { title: 'Sneaky Poster', release_year: 2002, poster: '../../etc/passwd' },
    ];
    const report = await importer().importRecords(records);
    expect(report.moviesCreated).toBe(3);
    expect(report.errors.map((e) => e.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(report.errors.find((e) => e.index === 3)).toMatchObject({
      title: 'Bad Year',
      message: expect.stringContaining('release_year'),
    });
    expect(report.errors.find((e) => e.index === 6)!.message).toMatch(/main_actors/);
    expect(report.missingPosters).toBe(3);
    const { movies } = dataOf(
      await server.gql(
        graphql(`
          query ImportMovies4 {
            movies(filter: { search: "xylo" }, sort: TITLE_ASC) {
              edges {
                node {
                  title
                  releaseYear
                  posterUrl
                }
              }
            }
          }
        `),
      ),
    );
    expect(movies.edges.map((e: any) => e.node)).toEqual([
      { title: 'Xylo Good One', releaseYear: 1999, posterUrl: null },
      { title: 'Xylo Good Two', releaseYear: 2001, posterUrl: null },
    ]);
  });

  it('lets the later of two records for one movie win, and says so', async () => {
    const report = await importer().importRecords([
      { title: 'Qwerty Twice', release_year: 2010, description: 'first' },
      { title: 'Qwerty Twice', release_year: 2010, description: 'second' },
    ]);
    expect(report.moviesCreated).toBe(1);
    expect(report.errors).toEqual([
      { index: 0, title: 'Qwerty Twice', message: 'superseded by record 1 for the same title and year' },
    ]);
    const { movies } = dataOf(
      await server.gql(
        graphql(`
          query ImportMovies5 {
            movies(filter: { search: "qwerty" }) {
              edges {
                node {
                  description
                }
              }
            }
          }
        `),
      ),
    );
    expect(movies.edges.map((e: any) => e.node.description)).toEqual(['second']);
  });

  it('refuses a file that is not an array, writing nothing', async () => {
    const before = dataOf(
      await server.gql(
        graphql(`
          query ImportMovies6 {
            movies {
              totalCount
            }
          }
        `),
      ),
    ).movies.totalCount;
    await expect(importer().importRecords({ title: 'x' })).rejects.toBeInstanceOf(DomainError);
    expect(
      dataOf(
        await server.gql(
          graphql(`
            query ImportMovies7 {
              movies {
                totalCount
              }
            }
          `),
        ),
      ).movies.totalCount,
    ).toBe(before);
  });

  it('spreads large files over several batches with set-based statements', async () => {
    const records = Array.from({ length: 1200 }, (_, i) => ({
      title: `Generated ${i}`,
      release_year: 1950 + (i % 70),
      director: `Director ${i % 40}`,
      main_actors: [`Actor ${i % 300}`, `Actor ${(i + 1) % 300}`],
      genres: [`Genre ${i % 7}`],
    }));
    server.statements.reset();
    const report = await importer().importRecords(records, { batchSize: 500 });
    expect(report).toMatchObject({
      moviesCreated: 1200,
      directorsCreated: 40,
      actorsCreated: 300,
      genresCreated: 7,
      errors: [],
    });
    // Three batches of a few statements each, nowhere near one per record or per name.
    expect(server.statements.count).toBeLessThan(120);
  });
});

describe('npm run import (CLI)', () => {
  it('imports a file into the database under DATA_DIR and prints the report', async () => {
    const dataDir = tempDir();
    try {
      const cli = path.resolve(__dirname, '../../../../dist/server/src/scripts/import-movies.js');
      const { stdout } = await run(process.execPath, [cli, SEED_FIXTURE_FILE, '--posters', SEED_FIXTURE_DIR], {
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'error' },
      });
      const report = JSON.parse(stdout);
      expect(report).toMatchObject({
        total: fixture.length,
        moviesCreated: expectedCounts(fixture).movies,
        missingPosters: 0,
        errors: [],
      });
      expect(fs.existsSync(path.join(dataDir, 'mymdb.sqlite'))).toBe(true);
      const stored = fs.readdirSync(path.join(dataDir, 'media', 'posters'));
      // Each poster, and its two resized copies for the pages.
      expect(stored.filter((name) => !/\.w\d+\.webp$/.test(name))).toHaveLength(fixture.length);
      expect(stored.filter((name) => name.endsWith('.w185.webp'))).toHaveLength(fixture.length);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('exits with a usage message when no file is given', async () => {
    const cli = path.resolve(__dirname, '../../../../dist/server/src/scripts/import-movies.js');
    await expect(run(process.execPath, [cli])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('usage: npm run import'),
    });
  });
});
