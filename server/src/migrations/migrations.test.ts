import type { Migrator } from '@mikro-orm/migrations';
import { createOrm, type Orm } from '../db/orm';
import { isPostgres } from '../db/dialect';
import { listMovies } from '../modules/catalogue/movie-list.service';
import { parsed } from '../modules/catalogue/movie-relations';
import { createTestDatabase, dialects, tempDir, type TestDatabase } from '../../test/harness';

/**
 * Migrations 007 (one person table), 008 (search), the counters and the film cards on a database
 * that already holds a catalogue.
 */
describe.each(dialects())('upgrading a %s catalogue to people, ranked search, counters and cards', (dialect) => {
  let database: TestDatabase;
  let orm: Orm;
  const rows = (sql: string) => orm.em.getConnection().execute<Array<Record<string, unknown>>>(sql);

  beforeAll(async () => {
    database = await createTestDatabase(dialect, tempDir());
    orm = await createOrm(database.config);
    const migrator = orm.getMigrator<Migrator>();
    await migrator.up({ to: '006-chat-send-claim' });
    const q = (name: string) => (isPostgres(orm) ? `"${name}"` : `\`${name}\``);
    const now = isPostgres(orm) ? 'now()' : `${Date.now()}`;
    const person = (table: string, id: number, first: string, last: string) =>
      `insert into ${q(table)} (id, first_name, last_name, name_key, search_name) values (${id}, '${first}', '${last}', '${`${first} ${last}`.toLowerCase()}', '${`${first} ${last}`.toLowerCase()}')`;
    for (const sql of [
      person('director', 1, 'Clint', 'Eastwood'),
      person('director', 2, 'Greta', 'Gerwig'),
      person('actor', 1, 'Morgan', 'Freeman'),
      person('actor', 2, 'Clint', 'Eastwood'),
      person('actor', 3, 'Søren', 'Malling'),
      `insert into genre (id, name, name_key) values (1, 'Western', 'western')`,
      `insert into movie (id, title, sort_title, description, release_year, director_id, search_text, created_at, updated_at) values (1, 'Unforgiven', 'unforgiven', 'A retired gunslinger takes one last job.', 1992, 1, 'unforgiven', ${now}, ${now})`,
      `insert into movie (id, title, sort_title, description, release_year, director_id, search_text, created_at, updated_at) values (2, 'Lady Bird', 'lady bird', 'A senior year in Sacramento.', 2017, 2, 'lady bird', ${now}, ${now})`,
      `insert into movie_actor (movie_id, position, actor_id) values (1, 0, 2), (1, 1, 1), (2, 0, 3)`,
      `insert into movie_genre (movie_id, genre_id, position) values (1, 1, 0)`,
    ])
      await orm.em.getConnection().execute(sql);
    if (isPostgres(orm))
      for (const table of ['director', 'actor', 'movie', 'genre'])
        await orm.em.getConnection().execute(`select setval('${table}_id_seq', (select max(id) from ${q(table)}))`);
    await migrator.up();
  });
  afterAll(async () => {
    await orm?.close();
    await database?.drop();
  });

  it('merges directors and actors by name, keeping every credit', async () => {
    const people = await rows('select id, first_name, last_name from person order by id');
    expect(people.map((p) => `${String(p.first_name)} ${String(p.last_name)}`)).toEqual([
      'Clint Eastwood',
      'Greta Gerwig',
      'Morgan Freeman',
      'Søren Malling',
    ]);
    const credits = await rows(
      'select m.title, p.first_name, p.last_name, ma.position from movie_actor ma join movie m on m.id = ma.movie_id join person p on p.id = ma.actor_id order by m.id, ma.position',
    );
    expect(credits.map((c) => `${String(c.title)}: ${String(c.last_name)}`)).toEqual([
      'Unforgiven: Eastwood',
      'Unforgiven: Freeman',
      'Lady Bird: Malling',
    ]);
    const directors = await rows(
      'select m.title, p.last_name from movie m join person p on p.id = m.director_id order by m.id',
    );
    expect(directors.map((d) => d.last_name)).toEqual(['Eastwood', 'Gerwig']);
    // New people continue the merged table's ids.
    await orm.em
      .getConnection()
      .execute(
        "insert into person (first_name, last_name, name_key, search_name) values ('Ann', 'Lee', 'ann lee', 'ann lee')",
      );
    expect((await rows("select id from person where name_key = 'ann lee'"))[0].id).toBe(5);
  });

  it('fills the search columns of existing movies and people, so search finds them at once', async () => {
    const em = orm.em.fork();
    const found = async (search: string) =>
      (await listMovies(em, { filter: { search } })).edges.map((edge) => edge.node.title);
    expect(await found('eastwood')).toEqual(['Unforgiven']);
    expect(await found('eastwod')).toEqual(['Unforgiven']);
    expect(await found('soren')).toEqual(['Lady Bird']);
    expect(await found('western')).toEqual(['Unforgiven']);
    expect(await found('sacramento')).toEqual(['Lady Bird']);
    expect((await rows("select search_name from person where last_name = 'Malling'"))[0].search_name).toBe(
      'soren malling',
    );
  });

  it("fills each existing film's card with its director, cast and genres", async () => {
    type Credited = { first_name: string; last_name: string };
    const name = (person: Credited) => `${person.first_name} ${person.last_name}`;
    const cards = await rows('select movie_id, director, cast_members, genres from movie_card order by movie_id');
    expect(
      cards.map((card) => ({
        movie: Number(card.movie_id),
        director: name(parsed<Credited>(card.director)),
        cast: parsed<Credited[]>(card.cast_members).map(name),
        genres: parsed<Array<{ name: string }>>(card.genres).map((genre) => genre.name),
      })),
    ).toEqual([
      { movie: 1, director: 'Clint Eastwood', cast: ['Clint Eastwood', 'Morgan Freeman'], genres: ['Western'] },
      { movie: 2, director: 'Greta Gerwig', cast: ['Søren Malling'], genres: [] },
    ]);
  });

  it('starts the movie and genre counters at what is already there, and keeps them from then on', async () => {
    const counter = async () =>
      Number((await rows("select row_count from table_count where table_name = 'movie'"))[0].row_count);
    const westerns = async () =>
      Number((await rows("select movie_count from genre where name = 'Western'"))[0].movie_count);
    expect(await counter()).toBe(2);
    expect(await westerns()).toBe(1);
    await orm.em.getConnection().execute('delete from movie where id = 1');
    expect(await counter()).toBe(1);
    expect(await westerns()).toBe(0);
  });
});

/** Migration 016 (genre pairs) on a database whose films already have genres. */
describe.each(dialects())('upgrading a %s catalogue to genre pairs', (dialect) => {
  let database: TestDatabase;
  let orm: Orm;
  const pairs = async () =>
    (
      await orm.em
        .getConnection()
        .execute<Array<Record<string, number>>>(
          'select movie_id, first_genre_id, second_genre_id from movie_genre_pair order by 1, 2, 3',
        )
    ).map((row) => [Number(row.movie_id), Number(row.first_genre_id), Number(row.second_genre_id)]);

  beforeAll(async () => {
    database = await createTestDatabase(dialect, tempDir());
    orm = await createOrm(database.config);
    const migrator = orm.getMigrator<Migrator>();
    await migrator.up({ to: '015-movie-card' });
    const now = isPostgres(orm) ? 'now()' : `${Date.now()}`;
    for (const sql of [
      `insert into genre (id, name, name_key) values (1, 'Western', 'western'), (2, 'Drama', 'drama'), (3, 'Crime', 'crime')`,
      `insert into movie (id, title, sort_title, release_year, created_at, updated_at) values (1, 'Unforgiven', 'unforgiven', 1992, ${now}, ${now}), (2, 'Lady Bird', 'lady bird', 2017, ${now}, ${now})`,
      `insert into movie_genre (movie_id, genre_id, position) values (1, 3, 0), (1, 1, 1), (1, 2, 2), (2, 2, 0)`,
    ])
      await orm.em.getConnection().execute(sql);
    await migrator.up();
  });
  afterAll(async () => {
    await orm?.close();
    await database?.drop();
  });

  it("pairs each existing film's genres, and keeps the pairs from then on", async () => {
    expect(await pairs()).toEqual([
      [1, 1, 2],
      [1, 1, 3],
      [1, 2, 3],
    ]);
    await orm.em.getConnection().execute('insert into movie_genre (movie_id, genre_id, position) values (2, 3, 1)');
    await orm.em.getConnection().execute('delete from movie_genre where movie_id = 1 and genre_id = 1');
    expect(await pairs()).toEqual([
      [1, 2, 3],
      [2, 2, 3],
    ]);
  });
});
