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
import { writeConcurrently } from '../../../test/concurrent-writers';
import { similarMovies, type SimilarRow } from './similar-movies';

const GENRES = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon'];

/**
 * The definition of the ranking, written apart from similarMovies: every film sharing the
 * director, an actor or a genre with the movie, one row per share, summed per film and ordered.
 */
const EVERY_SHARE = `select candidate_id, max(same_director) as same_director, sum(shared_actor) as shared_actor_count,
    sum(shared_genre) as shared_genre_count
  from (select c.id as candidate_id, 1 as same_director, 0 as shared_actor, 0 as shared_genre
      from movie s join movie c on c.director_id = s.director_id and c.id <> s.id where s.id = ?
    union all
    select c.movie_id, 0, 1, 0 from movie_actor s join movie_actor c on c.actor_id = s.actor_id and c.movie_id <> s.movie_id where s.movie_id = ?
    union all
    select c.movie_id, 0, 0, 1 from movie_genre s join movie_genre c on c.genre_id = s.genre_id and c.movie_id <> s.movie_id where s.movie_id = ?) as shares
  group by candidate_id`;
const DEFINITION = `select s.* from (${EVERY_SHARE}) as s join movie r on r.id = s.candidate_id
  order by case when s.same_director = 1 or s.shared_actor_count > 0 then 1 else 0 end desc,
    2 * s.same_director + 2 * s.shared_actor_count + s.shared_genre_count desc,
    (r.rating_sum + 15.0) / (r.rating_count + 5) desc, r.rating_count desc, r.id asc
  limit ?`;

/**
 * similarMovies ranks only the candidates that can win; it must agree with the definition over
 * every film for every movie and limit, alone and in a list, on the real export and on films that
 * share only genres, after every kind of write.
 */
describe.each(dialects())('similar movies against their definition on %s', (dialect) => {
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

  /** Compares similarMovies with the definition for every movie; returns how often a winner shared only genres (one, or more). */
  async function expectDefinitionMet(): Promise<{ oneGenre: number; moreGenres: number }> {
    const em = server.app.services.orm.em.fork();
    const knex = em.getKnex();
    const ids = await movieIds();
    const seen = { oneGenre: 0, moreGenres: 0 };
    for (const limit of [1, 5, 20]) {
      const alonePerMovie: SimilarRow[][] = [];
      for (const [index, id] of ids.entries()) {
        const defined = await em
          .getConnection()
          .execute<Array<Record<string, number | string>>>(DEFINITION, [id, id, id, limit]);
        const [alone] = await similarMovies(em, knex, [id], limit);
        const [inList] = await similarMovies(em, knex, [id, ids[(index + 1) % ids.length]], limit);
        const definition = defined.map((row) => [
          Number(row.candidate_id),
          Number(row.same_director) === 1,
          Number(row.shared_actor_count),
          Number(row.shared_genre_count),
        ]);
        expect({ id, limit, similar: view(alone) }).toEqual({ id, limit, similar: definition });
        expect(view(inList)).toEqual(view(alone));
        alonePerMovie.push(alone);
        for (const row of alone)
          if (!row.sameDirector && row.sharedActorCount === 0)
            seen[row.sharedGenreCount === 1 ? 'oneGenre' : 'moreGenres'] += 1;
      }
      // Every movie in one list too: movies sharing genres, and needing genre-only films or not, side by side.
      const together = await similarMovies(em, knex, ids, limit);
      expect(together.map(view)).toEqual(alonePerMovie.map(view));
    }
    return seen;
  }

  /** The genre pairs the triggers keep are exactly each film's pairs. */
  async function expectPairsRight(): Promise<void> {
    const pairs = (sql: string) =>
      server.app.services.orm.em
        .getConnection()
        .execute<Array<Record<string, number>>>(sql)
        .then((rows) => rows.map((row) => `${row.movie_id}:${row.first_genre_id}:${row.second_genre_id}`));
    const kept = await pairs('select * from movie_genre_pair order by movie_id, first_genre_id, second_genre_id');
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(
      await pairs(`select a.movie_id, a.genre_id as first_genre_id, b.genre_id as second_genre_id
        from movie_genre a join movie_genre b on b.movie_id = a.movie_id and b.genre_id > a.genre_id
        order by 1, 2, 3`),
    );
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

  it('meets the definition for every movie and limit, including films that share only genres', async () => {
    const seen = await expectDefinitionMet();
    expect(seen.oneGenre).toBeGreaterThan(0);
    expect(seen.moreGenres).toBeGreaterThan(0);
  });

  it('still meets it after ratings lift unrated films, an admin edits credits and genres, and a film is deleted', async () => {
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
    // A merge moves films' genre rows to another genre (an update of movie_genre).
    const merged = await server.gql(
      `mutation { mergeGenres(keepId: "${genreId('Beta')}", mergeIds: ["${genreId('Delta')}"]) { name movieCount } }`,
      undefined,
      admin,
    );
    expect(dataOf(merged).mergeGenres.name).toBe('Beta');

    await expectPairsRight();

    const seen = await expectDefinitionMet();
    expect(seen.oneGenre + seen.moreGenres).toBeGreaterThan(0);
  });
  // PostgreSQL only: SQLite's writers hold the whole database, one at a time.
  if (dialect === 'postgresql')
    it("pairs both of two concurrent writers' genres on one film", async () => {
      const knex = server.app.services.orm.em.getKnex();
      const [movieId] = await movieIds();
      const genreIds = (
        await knex('genre')
          .whereNotIn('id', knex('movie_genre').select('genre_id').where('movie_id', movieId))
          .orderBy('id')
          .limit(2)
          .select('id')
      ).map((row: { id: number }) => Number(row.id));
      expect(genreIds).toHaveLength(2);
      const addGenre = (tx: typeof knex, genreId: number) =>
        tx('movie_genre').insert({ movie_id: movieId, genre_id: genreId, position: 20 + genreId });
      // The second starts before the first commits: it must wait and then pair its genre with the first's.
      await writeConcurrently(
        knex,
        (tx) => addGenre(tx, genreIds[0]),
        (tx) => addGenre(tx, genreIds[1]),
      );
      const [low, high] = [...genreIds].sort((x, y) => x - y);
      const paired = await knex('movie_genre_pair').where({
        movie_id: movieId,
        first_genre_id: low,
        second_genre_id: high,
      });
      expect(paired).toHaveLength(1);
      await expectPairsRight();
    });
});
