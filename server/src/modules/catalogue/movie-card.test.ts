import { isObjectType } from 'graphql';
import {
  adminToken,
  bearer,
  dataOf,
  dialects,
  readSeedFixture,
  SEED_FIXTURE_DIR,
  startTestServer,
  type TestServer,
} from '../../../test/harness';
import { writeConcurrently } from '../../../test/concurrent-writers';
import { createSchema } from '../../schema';
import { parsed } from './movie-relations';

type Row = Record<string, unknown>;
interface Card {
  director: Row | null;
  cast: Row[];
  genres: Row[];
}

/** What a card shows of a person and a genre: every field read from their row. */
const CARD_HOLDS = { Person: ['id', 'firstName', 'lastName', 'name'], Genre: ['id', 'name'] };

/**
 * Each film's card (migration 015) is kept by triggers; after every kind of write it must equal
 * what the film's credits say, and it is what a film's director, cast and genres are read from.
 */
describe.each(dialects())('the film cards on %s', (dialect) => {
  let server: TestServer;
  let admin: Record<string, string>;

  const rows = (sql: string) => server.sql(sql);
  const person = (row: Row) => ({ id: Number(row.id), first_name: row.first_name, last_name: row.last_name });
  const adminDo = (fields: string) => server.mutate(fields, admin);

  /** Every film's card as the credits say it should be, by film id. */
  const truth = async (): Promise<Map<number, Card>> => {
    const people = new Map((await rows('select id, first_name, last_name from person')).map((p) => [Number(p.id), p]));
    const cards = new Map<number, Card>();
    for (const movie of await rows('select id, director_id from movie'))
      cards.set(Number(movie.id), {
        director: movie.director_id == null ? null : person(people.get(Number(movie.director_id))!),
        cast: [],
        genres: [],
      });
    for (const credit of await rows('select movie_id, actor_id from movie_actor order by movie_id, position'))
      cards.get(Number(credit.movie_id))!.cast.push(person(people.get(Number(credit.actor_id))!));
    for (const genre of await rows(
      'select mg.movie_id, g.id, g.name from movie_genre mg join genre g on g.id = mg.genre_id order by mg.movie_id, mg.position',
    ))
      cards.get(Number(genre.movie_id))!.genres.push({ id: Number(genre.id), name: genre.name });
    return cards;
  };

  const expectCardsRight = async () => {
    const expected = await truth();
    const kept = new Map<number, Card>(
      (await rows('select movie_id, director, cast_members, genres from movie_card')).map((card) => [
        Number(card.movie_id),
        {
          director: parsed<Row | null>(card.director),
          cast: parsed<Row[]>(card.cast_members),
          genres: parsed<Row[]>(card.genres),
        },
      ]),
    );
    expect([...kept.keys()].sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b));
    for (const [id, card] of expected) expect({ id, ...kept.get(id) }).toEqual({ id, ...card });
    return expected;
  };

  const film = (title: string, director: string | null, actors: string[], genres: string[]) =>
    `{ title: "${title}", releaseYear: 2003, directorId: ${director ? `"${director}"` : 'null'}, actorIds: ${JSON.stringify(actors)}, genreIds: ${JSON.stringify(genres)} }`;
  const someIds = async (sql: string) => (await rows(sql)).map((row) => String(row.id));

  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = bearer(await adminToken(server));
  });
  afterAll(() => server?.stop());

  it('follow the set-based import, also when it imports the same records again', async () => {
    const records = readSeedFixture();
    const first = await server.app.services.importer.importRecords(records, { postersFrom: SEED_FIXTURE_DIR });
    expect(first.moviesCreated).toBeGreaterThan(100);
    const cards = await expectCardsRight();
    expect(
      [...cards.values()].filter((card) => card.cast.length === 4 && card.genres.length > 1).length,
    ).toBeGreaterThan(50);
    await server.app.services.importer.importRecords(records, { postersFrom: SEED_FIXTURE_DIR });
    await expectCardsRight();
  });

  it('follow admin creates and edits of films, their credits and director, and deletes', async () => {
    const people = await someIds('select id from person order by id limit 6');
    const genres = await someIds('select id from genre order by id limit 3');
    const created = await adminDo(
      `createMovie(input: ${film('Card One', people[0], people.slice(1, 4), genres.slice(0, 2))}) { id }`,
    );
    const id = created.createMovie.id as string;
    await expectCardsRight();
    await adminDo(
      `updateMovie(id: "${id}", input: ${film('Card One', people[5], [people[3], people[4], people[1]], [genres[2], genres[0]])}) { id }`,
    );
    const after = await expectCardsRight();
    expect(after.get(Number(id))!.cast.map((actor) => String(actor.id))).toEqual([people[3], people[4], people[1]]);
    await adminDo(`updateMovie(id: "${id}", input: ${film('Card One', null, [], [])}) { id }`);
    expect((await expectCardsRight()).get(Number(id))).toEqual({ director: null, cast: [], genres: [] });
    await adminDo(`deleteMovie(id: "${id}")`);
    expect((await expectCardsRight()).has(Number(id))).toBe(false);
  });

  it('follow renames, merges and deletes of people and genres', async () => {
    const [director] = await someIds('select director_id as id from movie where director_id is not null limit 1');
    const [actor] = await someIds(
      'select actor_id as id from movie_actor group by actor_id order by count(*) desc, actor_id limit 1',
    );
    await adminDo(`updatePerson(id: "${director}", name: "Renamed Director") { id }`);
    await adminDo(`updatePerson(id: "${actor}", name: "Renamed Actor") { id }`);
    const cards = await expectCardsRight();
    expect([...cards.values()].some((card) => card.director?.last_name === 'Director')).toBe(true);
    expect([...cards.values()].some((card) => card.cast.some((a) => a.first_name === 'Renamed'))).toBe(true);

    const [keep, merged] = await someIds(
      'select actor_id as id from movie_actor group by actor_id order by actor_id limit 2',
    );
    await adminDo(`mergePeople(keepId: "${keep}", mergeIds: ["${merged}"]) { id }`);
    await expectCardsRight();
    await adminDo(`deletePerson(id: "${actor}")`);
    await adminDo(`deletePerson(id: "${director}")`);
    await expectCardsRight();

    const [genre, other] = await someIds(
      'select genre_id as id from movie_genre group by genre_id order by genre_id limit 2',
    );
    await adminDo(`updateGenre(id: "${genre}", name: "Renamed Genre") { id }`);
    expect(
      [...(await expectCardsRight()).values()].some((card) => card.genres.some((g) => g.name === 'Renamed Genre')),
    ).toBe(true);
    await adminDo(`mergeGenres(keepId: "${genre}", mergeIds: ["${other}"]) { id }`);
    await expectCardsRight();
  });

  it('are what a page of the list and a film read; counters they leave out come from their own rows', async () => {
    const expected = await truth();
    const names = (film: Record<string, any>) => ({
      director: film.director?.name ?? null,
      cast: film.mainActors.map((actor: Row) => actor.name),
      genres: film.genres.map((genre: Row) => genre.name),
    });
    const expectedNames = (id: number) => {
      const card = expected.get(id)!;
      const name = (person: Row) => [person.first_name, person.last_name].filter(Boolean).join(' ');
      return {
        director: card.director && name(card.director),
        cast: card.cast.map(name),
        genres: card.genres.map((genre) => genre.name),
      };
    };
    const people = 'id name';
    server.statements.reset();
    const page = dataOf(
      await server.gql(
        `{ movies(first: 10, sort: TITLE_ASC) { edges { node { id director { ${people} } mainActors { ${people} } genres { id name } } } } }`,
      ),
    ).movies.edges.map((edge: { node: Record<string, any> }) => edge.node);
    expect(server.statements.log).toHaveLength(1);
    expect(server.statements.log[0]).toMatch(/movie_card/);
    expect(page.filter((film: Row) => (film.mainActors as Row[]).length > 0).length).toBeGreaterThan(5);
    for (const film of page) expect(names(film)).toEqual(expectedNames(Number(film.id)));

    // The same film and its director asked twice: once through the film (its card), once as a person.
    const [withDirector] = await rows('select id, director_id from movie where director_id is not null limit 1');
    const counts = new Map(
      (await rows('select id, film_count from person')).map((row) => [String(row.id), Number(row.film_count)]),
    );
    server.statements.reset();
    const data = dataOf(
      await server.gql(
        `{ movie(id: "${String(withDirector.id)}") { id director { id name filmCount } mainActors { id name filmCount } genres { id name movieCount } }
           person(id: "${String(withDirector.director_id)}") { id filmCount } }`,
      ),
    );
    // The film with its card, the person, then each counter once for all the people and genres in the film.
    expect(server.statements.log).toHaveLength(4);
    expect(server.statements.log.filter((sql) => /film_count|movie_count/.test(sql))).toHaveLength(3);
    expect(server.statements.log[0]).toMatch(/movie_card/);
    expect(names(data.movie)).toEqual(expectedNames(Number(withDirector.id)));
    const credited = [data.movie.director, ...data.movie.mainActors, data.person] as Array<{
      id: string;
      filmCount: number;
    }>;
    expect(credited.map((person) => person.filmCount)).toEqual(credited.map((person) => counts.get(person.id)));
    expect(credited.every((person) => person.filmCount > 0)).toBe(true);
  });

  it('hold every plain field of Person and Genre', async () => {
    const schema = await createSchema();
    // A field without a resolver is read from the row, which for a film's people and genres is its card.
    for (const type of ['Person', 'Genre'] as const) {
      const graphqlType = schema.getType(type);
      if (!isObjectType(graphqlType)) throw new Error(`${type} is not an object type`);
      const plain = Object.values(graphqlType.getFields())
        .filter((field) => !field.resolve)
        .map((field) => field.name)
        .sort();
      expect(plain).toEqual([...CARD_HOLDS[type]].sort());
    }
  });

  // PostgreSQL only: SQLite's writers hold the whole database, one at a time.
  if (dialect === 'postgresql')
    it("keep both of two concurrent writers' credits on one film", async () => {
      const knex = server.app.services.orm.em.getKnex();
      const [{ id: movieId }] = await rows('select id from movie order by id limit 1');
      const [a, b] = (await rows('select id from person order by id desc limit 2')).map((row) => Number(row.id));
      const credit = (tx: typeof knex, position: number, actor: number) =>
        tx('movie_actor').insert({ movie_id: movieId, position, actor_id: actor });
      // The second starts before the first commits: it must wait and then build from both credits.
      await writeConcurrently(
        knex,
        (tx) => credit(tx, 8, a),
        (tx) => credit(tx, 9, b),
      );
      const cast = (await expectCardsRight()).get(Number(movieId))!.cast.map((actor) => actor.id);
      expect(cast.slice(-2)).toEqual([a, b]);
    });
});
