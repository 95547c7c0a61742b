import { rateMovie } from '../reviews/rating.service';
import {
  adminToken,
  bearer,
  dataOf,
  dialects,
  insertMembers,
  readSeedFixture,
  SEED_FIXTURE_DIR,
  startTestServer,
  type TestServer,
} from '../../../test/harness';
import { similarMovies, type SimilarRow } from './similar-movies';

const GENRES = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon'];

/**
 * A details page ranks only the candidates that can win (similarMovies' single-movie statement);
 * a list ranks every pair (its batched statement, the definition). They must agree for every
 * movie and limit, on the real export and on films that share only genres, after every kind of write.
 */
describe.each(dialects())('similar movies for one movie on %s', (dialect) => {
  let server: TestServer;
  let admin: Record<string, string>;
  let raters: number[];

  const movieIds = async () =>
    (
      await server.app.services.orm.em
        .getConnection()
        .execute<Array<{ id: number | string }>>('select id from movie order by id')
    ).map((row) => Number(row.id));
  const view = (rows: SimilarRow[]) =>
    rows.map((row) => [row.movie.id, row.sameDirector, row.sharedActorCount, row.sharedGenreCount]);

  /** Compares both statements for every movie; returns how often a winner shared only genres (one, or more). */
  async function expectBothAgree(): Promise<{ oneGenre: number; moreGenres: number }> {
    const em = server.app.services.orm.em.fork();
    const knex = em.getKnex();
    const ids = await movieIds();
    const seen = { oneGenre: 0, moreGenres: 0 };
    for (const limit of [1, 5, 20])
      for (const [index, id] of ids.entries()) {
        const [alone] = await similarMovies(em, knex, [id], limit);
        const [inBatch] = await similarMovies(em, knex, [id, ids[(index + 1) % ids.length]], limit);
        expect({ id, limit, similar: view(alone) }).toEqual({ id, limit, similar: view(inBatch) });
        for (const row of alone)
          if (!row.sameDirector && row.sharedActorCount === 0)
            seen[row.sharedGenreCount === 1 ? 'oneGenre' : 'moreGenres'] += 1;
      }
    return seen;
  }

  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = bearer(await adminToken(server));
    await server.app.services.importer.importRecords(readSeedFixture(), { postersFrom: SEED_FIXTURE_DIR });
    // Films sharing genres only (each its own director and actors), in one to three of five genres,
    // so most have fewer than `limit` candidates sharing people.
    const genreOnly = Array.from({ length: 60 }, (_, i) => ({
      title: `Genre Film ${i}`,
      release_year: 1990 + (i % 30),
      director: `Lone Director ${i}`,
      main_actors: [`Lone Actor ${i}`],
      genres: GENRES.filter((_, g) => (i * 7 + g * 3) % 5 < 1 + (i % 3)),
    }));
    await server.app.services.importer.importRecords(genreOnly);
    const em = server.app.services.orm.em.fork();
    raters = (await insertMembers(server, 'similar_rater', 4)).map((user) => user.id);
    // Ratings on every third film: different qualities, and ties among the unrated.
    const ids = await movieIds();
    for (const [index, movieId] of ids.entries())
      if (index % 3 === 0)
        for (const [r, userId] of raters.entries())
          await rateMovie(em.fork(), userId, movieId, 1 + ((index + r * 2) % 5));
  });
  afterAll(() => server?.stop());

  it('agrees with the full ranking for every movie and limit, including films that share only genres', async () => {
    const seen = await expectBothAgree();
    expect(seen.oneGenre).toBeGreaterThan(0);
    expect(seen.moreGenres).toBeGreaterThan(0);
  });

  it('still agrees after ratings lift unrated films, an admin edits credits and genres, and a film is deleted', async () => {
    const em = server.app.services.orm.em.fork();
    const ids = await movieIds();
    // Unrated genre-only films rated 5 by everyone: they now beat films that ranked above them.
    for (const movieId of ids.slice(-12).filter((_, i) => i % 4 === 1))
      for (const userId of raters) await rateMovie(em.fork(), userId, movieId, 5);
    // A film that scored high gets a 1 from everyone: it falls.
    for (const userId of raters) await rateMovie(em.fork(), userId, ids[0], 1);

    const genres = dataOf(await server.gql('{ genres { id name } }')).genres as Array<{ id: string; name: string }>;
    const genreId = (name: string) => genres.find((genre) => genre.name === name)!.id;
    const target = ids[ids.length - 1];
    const updated = await server.gql(
      `mutation($id: ID!, $input: MovieInput!) { updateMovie(id: $id, input: $input) { id } }`,
      {
        id: String(target),
        input: { title: 'Genre Film Edited', releaseYear: 2001, genreIds: [genreId('Alpha'), genreId('Gamma')] },
      },
      admin,
    );
    expect(dataOf(updated).updateMovie.id).toBe(String(target));
    const deleted = await server.gql(`mutation { deleteMovie(id: "${ids[ids.length - 2]}") }`, undefined, admin);
    expect(dataOf(deleted).deleteMovie).toBe(String(ids[ids.length - 2]));

    const seen = await expectBothAgree();
    expect(seen.oneGenre + seen.moreGenres).toBeGreaterThan(0);
  });
});
