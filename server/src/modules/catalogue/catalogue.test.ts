import { User } from '../accounts/user.entity';
import { Review } from '../reviews/review.entity';
import { rateMovie } from '../reviews/rating.service';
import { dataOf, dialects, startTestServer, type TestServer } from '../../../test/harness';
import { graphql } from '../../../test/__generated__';

/** A small catalogue whose similar-movie ranking and stats can be worked out by hand. */
const RECORDS = [
  {
    title: 'Alpha',
    release_year: 2001,
    director: 'Jane Q Doe',
    main_actors: ['Ann Lee', 'Bob Ray', 'Cy Twombly', 'Di Fox', 'Ed Fifth'],
    genres: ['Action', 'Drama', 'Comedy'],
    description: 'A heist gone sideways.',
  },
  {
    title: 'Beta',
    release_year: 2002,
    director: 'Jane Q Doe',
    main_actors: ['Bob Ray'],
    genres: ['Action', 'Drama', 'Comedy'],
    description: 'Two brothers and a boat.',
  },
  {
    title: 'Gamma',
    release_year: 2003,
    director: 'Kurosawa',
    main_actors: ['Ann Lee'],
    genres: ['Action', 'Drama'],
    description: 'Rain on the castle.',
  },
  {
    title: 'Delta',
    release_year: 2004,
    director: 'Tom Dir',
    main_actors: [],
    genres: ['Action'],
    description: 'A river story.',
  },
  {
    title: 'Epsilon',
    release_year: 2005,
    director: 'Tom Dir',
    main_actors: ['Zoë Kravitz'],
    genres: ['Horror'],
    description: 'Something in the attic.',
  },
  {
    title: 'Zeta',
    release_year: 2006,
    director: 'Tom Dir',
    main_actors: [],
    genres: ['Action', 'Drama'],
    description: 'Desert chase.',
  },
  {
    title: 'Éclair',
    release_year: 1999,
    director: null,
    main_actors: ['Ann Lee'],
    genres: ['Comedy'],
    description: 'A pastry chef in Lyon.',
  },
  { title: 'Eta', release_year: 2006, director: '', main_actors: [], genres: [], description: 'Nobody knows.' },
];

const MOVIE_FIELDS = `id title releaseYear description posterUrl averageRating ratingCount
  director { id name firstName lastName }
  mainActors { id name firstName lastName }
  genres { id name }
  ratingDistribution { score count percent }`;

describe.each(dialects())('catalogue API on %s', (dialect) => {
  let server: TestServer;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(dialect);
    const report = await server.app.services.importer.importRecords(RECORDS);
    expect(report.errors).toEqual([]);
    const em = server.app.services.orm.em.fork();
    const users = ['u1', 'u2', 'u3', 'u4'].map((name) =>
      em.create(User, { username: name, usernameKey: name, email: `${name}@example.test`, passwordHash: 'x' }),
    );
    await em.flush();
    const all = dataOf(
      await server.gql(
        graphql(`
          query CatalogueMovies {
            movies(first: 100) {
              edges {
                node {
                  id
                  title
                }
              }
            }
          }
        `),
      ),
    ).movies.edges;
    for (const { node } of all) ids[node.title] = node.id;
    const rate = (user: number, title: string, score: number) =>
      rateMovie(em.fork(), users[user].id, Number(ids[title]), score);
    await rate(0, 'Alpha', 5);
    await rate(1, 'Alpha', 5);
    await rate(2, 'Alpha', 4);
    await rate(3, 'Alpha', 1);
    await rate(0, 'Beta', 5);
    await rate(1, 'Beta', 4);
    await rate(2, 'Beta', 4);
    await rate(0, 'Zeta', 5);
    await rate(0, 'Gamma', 2);
    await rate(0, 'Gamma', 3); // a second rating by one user replaces the first
    for (const [i, title] of [
      [0, 'First!'],
      [1, 'Second'],
      [2, 'Third'],
    ] as const) {
      em.create(Review, {
        user: users[i],
        movie: Number(ids.Alpha),
        title,
        body: `review ${i}`,
        createdAt: new Date(Date.UTC(2026, 0, i + 1)),
      });
      await em.flush();
    }
  });

  afterAll(() => server?.stop());

  const movies = async (args: string, fields = 'title') => {
    const response = await server.gql(
      `{ movies${args ? `(${args})` : ''} { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { ${fields} } } } }`,
    );
    return dataOf(response).movies;
  };
  const titles = (connection: { edges: Array<{ node: { title: string } }> }) =>
    connection.edges.map((e) => e.node.title);

  it('serves a movie with its director, billing-ordered cast (at most four) and genres', async () => {
    const { movie } = dataOf(
      await server.gql(`query ($id: ID!) { movie(id: $id) { ${MOVIE_FIELDS} } }`, { id: ids.Alpha }),
    );
    expect(movie).toMatchObject({
      title: 'Alpha',
      releaseYear: 2001,
      description: 'A heist gone sideways.',
      posterUrl: null,
    });
    expect(movie.director).toMatchObject({ name: 'Jane Q Doe', firstName: 'Jane Q', lastName: 'Doe' });
    expect(movie.mainActors.map((a: { name: string }) => a.name)).toEqual([
      'Ann Lee',
      'Bob Ray',
      'Cy Twombly',
      'Di Fox',
    ]);
    expect(movie.genres.map((g: { name: string }) => g.name)).toEqual(['Action', 'Drama', 'Comedy']);
  });

  it('answers null for a movie without a director, never an empty-named person', async () => {
    for (const title of ['Éclair', 'Eta']) {
      const { movie } = dataOf(
        await server.gql(
          graphql(`
            query CatalogueByMovieId1($id: ID!) {
              movie(id: $id) {
                director {
                  id
                }
              }
            }
          `),
          { id: ids[title] },
        ),
      );
      expect(movie!.director).toBeNull();
    }
  });

  it('answers null for a missing movie and BAD_USER_INPUT for a malformed id', async () => {
    expect(
      dataOf(
        await server.gql(
          graphql(`
            query CatalogueMovie {
              movie(id: "999999") {
                id
              }
            }
          `),
        ),
      ).movie,
    ).toBeNull();
    const bad = await server.gql(
      graphql(`
        query CatalogueMovie2 {
          movie(id: "abc") {
            id
          }
        }
      `),
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('computes average, count and a five-row distribution with percentages', async () => {
    const { movie } = dataOf(
      await server.gql(
        `{ movie(id: "${ids.Alpha}") { averageRating ratingCount ratingDistribution { score count percent } } }`,
      ),
    );
    expect(movie.averageRating).toBe(3.75);
    expect(movie.ratingCount).toBe(4);
    expect(movie.ratingDistribution).toEqual([
      { score: 1, count: 1, percent: 25 },
      { score: 2, count: 0, percent: 0 },
      { score: 3, count: 0, percent: 0 },
      { score: 4, count: 1, percent: 25 },
      { score: 5, count: 2, percent: 50 },
    ]);
    const beta = dataOf(
      await server.gql(
        graphql(`
          query CatalogueByMovieId2($id: ID!) {
            movie(id: $id) {
              averageRating
              ratingDistribution {
                score
                percent
              }
            }
          }
        `),
        { id: ids.Beta },
      ),
    ).movie!;
    expect(beta.averageRating).toBe(4.33);
    expect(beta.ratingDistribution.map((b: { percent: number }) => b.percent)).toEqual([0, 0, 0, 66.7, 33.3]);
    const gamma = dataOf(
      await server.gql(
        graphql(`
          query CatalogueByMovieId3($id: ID!) {
            movie(id: $id) {
              averageRating
              ratingCount
            }
          }
        `),
        { id: ids.Gamma },
      ),
    ).movie;
    expect(gamma).toEqual({ averageRating: 3, ratingCount: 1 });
    const unrated = dataOf(
      await server.gql(
        `{ movie(id: "${ids.Delta}") { averageRating ratingCount ratingDistribution { count percent } } }`,
      ),
    ).movie;
    expect(unrated.averageRating).toBeNull();
    expect(unrated.ratingCount).toBe(0);
    expect(unrated.ratingDistribution).toHaveLength(5);
    expect(
      unrated.ratingDistribution.every((b: { count: number; percent: number }) => b.count === 0 && b.percent === 0),
    ).toBe(true);
  });

  it('ranks similar movies by shared people, then what else they share, then quality, never the alphabet', async () => {
    const similarTo = async (id: string) =>
      dataOf(
        await server.gql(
          `{ movie(id: "${id}") { similar { sameDirector sharedGenreCount sharedActorCount sharedGenres { name } sharedActors { name } movie { title } } } }`,
        ),
      ).movie.similar as Array<{
        sameDirector: boolean;
        sharedGenreCount: number;
        sharedActorCount: number;
        sharedGenres: Array<{ name: string }>;
        sharedActors: Array<{ name: string }>;
        movie: { title: string };
      }>;
    // Beta shares the director and Bob Ray; Gamma and Éclair share Ann Lee; Zeta and Delta only genres.
    const alpha = await similarTo(ids.Alpha);
    expect(alpha.map((s) => s.movie.title)).toEqual(['Beta', 'Gamma', 'Éclair', 'Zeta', 'Delta']);
    expect(alpha.map((s) => s.sameDirector)).toEqual([true, false, false, false, false]);
    expect(alpha.map((s) => s.sharedActors.map((a) => a.name))).toEqual([
      ['Bob Ray'],
      ['Ann Lee'],
      ['Ann Lee'],
      [],
      [],
    ]);
    expect(alpha.map((s) => s.sharedActorCount)).toEqual([1, 1, 1, 0, 0]);
    expect(alpha.map((s) => s.sharedGenreCount)).toEqual([3, 2, 1, 2, 1]);
    expect(alpha[3].sharedGenres.map((g) => g.name).sort()).toEqual(['Action', 'Drama']);
    // Gamma and Zeta share as much with Beta; Zeta's 5 beats Gamma's 3, though G sorts before Z.
    expect((await similarTo(ids.Beta)).map((s) => s.movie.title)).toEqual([
      'Alpha',
      'Zeta',
      'Gamma',
      'Delta',
      'Éclair',
    ]);
    const two = dataOf(
      await server.gql(
        graphql(`
          query CatalogueByMovieId4($id: ID!) {
            movie(id: $id) {
              similar(limit: 2) {
                movie {
                  title
                }
              }
            }
          }
        `),
        { id: ids.Alpha },
      ),
    ).movie!;
    expect(two.similar.map((s: { movie: { title: string } }) => s.movie.title)).toEqual(['Beta', 'Gamma']);
    const loner = dataOf(
      await server.gql(
        graphql(`
          query CatalogueByMovieId5($id: ID!) {
            movie(id: $id) {
              similar {
                movie {
                  title
                }
              }
            }
          }
        `),
        { id: ids.Eta },
      ),
    ).movie!;
    expect(loner.similar).toEqual([]);
    // Epsilon shares no genre with anyone, but its director made Zeta (rated 5) and Delta (unrated).
    expect((await similarTo(ids.Epsilon)).map((s) => [s.movie.title, s.sameDirector, s.sharedGenreCount])).toEqual([
      ['Zeta', true, 0],
      ['Delta', true, 0],
    ]);
    const tooMany = await server.gql(
      graphql(`
        query CatalogueByMovieId6($id: ID!) {
          movie(id: $id) {
            similar(limit: 21) {
              movie {
                title
              }
            }
          }
        }
      `),
      { id: ids.Alpha },
    );
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists reviews newest first with their authors, paged by cursor', async () => {
    const query = graphql(`
      query CatalogueMovie3($id: ID!, $after: String) {
        movie(id: $id) {
          reviews(first: 2, after: $after) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                title
                author {
                  username
                }
              }
            }
          }
        }
      }
    `);
    const first = dataOf(await server.gql(query, { id: ids.Alpha })).movie!.reviews;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['Third', 'Second']);
    expect(first.edges[0].node.author.username).toBe('u3');
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(await server.gql(query, { id: ids.Alpha, after: first.pageInfo.endCursor })).movie!.reviews;
    expect(second.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['First!']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('sorts by title, year, newest and top rated', async () => {
    expect(titles(await movies('sort: TITLE_ASC'))).toEqual([
      'Alpha',
      'Beta',
      'Delta',
      'Éclair',
      'Epsilon',
      'Eta',
      'Gamma',
      'Zeta',
    ]);
    expect(titles(await movies('sort: TITLE_DESC'))).toEqual(titles(await movies('sort: TITLE_ASC')).reverse());
    expect(titles(await movies('sort: YEAR_ASC'))).toEqual([
      'Éclair',
      'Alpha',
      'Beta',
      'Gamma',
      'Delta',
      'Epsilon',
      'Zeta',
      'Eta',
    ]);
    expect(titles(await movies('sort: YEAR_DESC'))).toEqual([
      'Eta',
      'Zeta',
      'Epsilon',
      'Delta',
      'Gamma',
      'Beta',
      'Alpha',
      'Éclair',
    ]);
    expect(titles(await movies(''))).toEqual([...RECORDS].reverse().map((r) => r.title));
    expect(titles(await movies('sort: TOP_RATED')).slice(0, 4)).toEqual(['Zeta', 'Beta', 'Alpha', 'Gamma']);
  });

  it('walks every page with after-cursors and reports the end', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const connection: any = dataOf(
        await server.gql(
          graphql(`
            query CatalogueMovies2($after: String) {
              movies(first: 3, sort: YEAR_ASC, after: $after) {
                totalCount
                pageInfo {
                  hasNextPage
                  endCursor
                }
                edges {
                  node {
                    title
                  }
                }
              }
            }
          `),
          { after },
        ),
      ).movies;
      expect(connection.totalCount).toBe(RECORDS.length);
      seen.push(...titles(connection));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(titles(await movies('sort: YEAR_ASC')));
  });

  it('jumps to a numbered page with offset, and answers an empty page past the end', async () => {
    const all = titles(await movies('sort: TITLE_ASC'));
    const third = await movies('sort: TITLE_ASC, first: 3, offset: 6');
    expect(titles(third)).toEqual(all.slice(6, 9));
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const beyond = await movies('sort: TITLE_ASC, first: 3, offset: 50');
    expect(beyond.edges).toEqual([]);
    expect(beyond.totalCount).toBe(RECORDS.length);
    expect(beyond.pageInfo).toMatchObject({ hasNextPage: false, endCursor: null });
  });

  it('rejects page sizes over 100, negative offsets and bad or foreign cursors with BAD_USER_INPUT', async () => {
    const cursor = (await movies('sort: TITLE_ASC, first: 1')).pageInfo.endCursor;
    for (const args of [
      'first: 101',
      'first: -1',
      'offset: -5',
      'after: "nonsense"',
      `after: "${cursor}", sort: YEAR_ASC`,
      'filter: { yearFrom: 2010, yearTo: 2000 }',
      'filter: { actorId: "x" }',
    ]) {
      const response = await server.gql(`{ movies${args ? `(${args})` : ''} { totalCount } }`);
      expect({ args, code: response.errors?.[0].extensions?.code }).toEqual({ args, code: 'BAD_USER_INPUT' });
    }
    expect((await movies('first: 100')).edges).toHaveLength(RECORDS.length);
    expect(await movies('first: 0')).toMatchObject({ edges: [], totalCount: RECORDS.length });
  });

  it('filters by search (case- and accent-insensitive, across names), genres, years, director and actor', async () => {
    expect(titles(await movies('filter: { search: "ECLAIR" }'))).toEqual(['Éclair']);
    expect(titles(await movies('filter: { search: "pâtry" }'))).toEqual([]);
    expect(titles(await movies('filter: { search: "PASTRY lyon" }'))).toEqual(['Éclair']);
    expect(titles(await movies('filter: { search: "jane doe" }, sort: TITLE_ASC'))).toEqual(['Alpha', 'Beta']);
    expect(titles(await movies('filter: { search: "zoe kravitz" }'))).toEqual(['Epsilon']);
    expect(titles(await movies('filter: { search: "100%_" }'))).toEqual([]);
    expect(titles(await movies('filter: { genres: ["action", "DRAMA"] }, sort: TITLE_ASC'))).toEqual([
      'Alpha',
      'Beta',
      'Gamma',
      'Zeta',
    ]);
    expect(titles(await movies('filter: { genres: ["Nope"] }'))).toEqual([]);
    expect(titles(await movies('filter: { yearFrom: 2003, yearTo: 2005 }, sort: YEAR_ASC'))).toEqual([
      'Gamma',
      'Delta',
      'Epsilon',
    ]);
    const movie = dataOf(
      await server.gql(
        graphql(`
          query CatalogueByMovieId7($id: ID!) {
            movie(id: $id) {
              director {
                id
              }
              mainActors {
                id
                name
              }
            }
          }
        `),
        { id: ids.Alpha },
      ),
    ).movie!;
    expect(titles(await movies(`filter: { directorId: "${movie.director!.id}" }, sort: TITLE_ASC`))).toEqual([
      'Alpha',
      'Beta',
    ]);
    const ann = movie.mainActors[0].id;
    expect(titles(await movies(`filter: { actorId: "${ann}" }, sort: TITLE_ASC`)).sort()).toEqual(
      ['Alpha', 'Gamma', 'Éclair'].sort(),
    );
    const combined = await movies(`filter: { actorId: "${ann}", genres: ["Comedy"], yearTo: 2000 }`);
    expect(titles(combined)).toEqual(['Éclair']);
    expect(combined.totalCount).toBe(1);
  });

  it('lists genres with movie counts, and people with their films', async () => {
    const { genres } = dataOf(
      await server.gql(
        graphql(`
          query CatalogueGenres {
            genres {
              name
              movieCount
            }
          }
        `),
      ),
    );
    expect(genres).toEqual([
      { name: 'Action', movieCount: 5 },
      { name: 'Comedy', movieCount: 3 },
      { name: 'Drama', movieCount: 4 },
      { name: 'Horror', movieCount: 1 },
    ]);
    const { directors } = dataOf(
      await server.gql(
        graphql(`
          query CatalogueDirectors {
            directors(search: "DOE") {
              totalCount
              edges {
                node {
                  name
                  directed {
                    title
                  }
                }
              }
            }
          }
        `),
      ),
    );
    expect(directors.totalCount).toBe(1);
    expect(directors.edges[0].node.directed.map((m: { title: string }) => m.title)).toEqual(['Beta', 'Alpha']);
    const { actors } = dataOf(
      await server.gql(
        graphql(`
          query CatalogueActors {
            actors(search: "zoe") {
              edges {
                node {
                  id
                  name
                }
              }
            }
          }
        `),
      ),
    );
    expect(actors.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Zoë Kravitz']);
    const { person } = dataOf(
      await server.gql(
        graphql(`
          query CatalogueByActorId8($id: ID!) {
            person(id: $id) {
              name
              actedIn {
                title
              }
            }
          }
        `),
        { id: actors.edges[0].node.id },
      ),
    );
    expect(person!.actedIn.map((m: { title: string }) => m.title)).toEqual(['Epsilon']);
    const { director } = dataOf(
      await server.gql(
        graphql(`
          query CatalogueDirector {
            director(id: "999999") {
              name
            }
          }
        `),
      ),
    );
    expect(director).toBeNull();
  });

  it('pages people alphabetically by last name', async () => {
    const names: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const connection: any = dataOf(
        await server.gql(
          graphql(`
            query CatalogueActors2($after: String) {
              actors(first: 2, after: $after) {
                pageInfo {
                  hasNextPage
                  endCursor
                }
                edges {
                  node {
                    lastName
                  }
                }
              }
            }
          `),
          { after },
        ),
      ).actors;
      names.push(...connection.edges.map((e: { node: { lastName: string } }) => e.node.lastName));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(names).toEqual(['Fox', 'Kravitz', 'Lee', 'Ray', 'Twombly']);
  });
});
