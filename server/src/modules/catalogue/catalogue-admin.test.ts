import { adminToken, bearer, dataOf, dialects, signUp, startTestServer, type TestServer } from '../../../test/harness';
import { graphql } from '../../../test/__generated__';

const NFC = 'Zo\u00eb Kravitz';
const NFD = 'Zoe\u0308 Kravitz';

export const MOVIE_FIELDS = graphql(`
  fragment AdminMovieFields on Movie {
    id
    title
    releaseYear
    description
    director {
      id
      name
    }
    mainActors {
      id
      name
    }
    genres {
      id
      name
    }
  }
`);
const CREATE = graphql(`
  mutation AdminCreateMovie($input: MovieInput!) {
    createMovie(input: $input) {
      ...AdminMovieFields
    }
  }
`);
const UPDATE = graphql(`
  mutation AdminUpdateMovie($id: ID!, $input: MovieInput!) {
    updateMovie(id: $id, input: $input) {
      ...AdminMovieFields
    }
  }
`);
const MOVIE = graphql(`
  query AdminMovie($id: ID!) {
    movie(id: $id) {
      ...AdminMovieFields
    }
  }
`);
const SEARCH = graphql(`
  query AdminSearch($q: String!) {
    movies(filter: { search: $q }) {
      totalCount
      edges {
        node {
          title
        }
      }
    }
  }
`);
const PEOPLE = graphql(`
  query AdminPeople($search: String!) {
    people(search: $search, first: 10) {
      edges {
        node {
          id
          name
          filmCount
          actedIn {
            title
          }
        }
      }
    }
  }
`);
const AUDIT = graphql(`
  query AdminAudit($targetType: String, $targetId: String) {
    auditLog(targetType: $targetType, targetId: $targetId, first: 10) {
      totalCount
      edges {
        node {
          action
          targetType
          targetId
          reason
          before
          after
          actor {
            username
          }
        }
      }
    }
  }
`);

describe.each(dialects())('the admin back-office API on %s', (dialect) => {
  let server: TestServer;
  let admin: Record<string, string>;
  let member: Record<string, string>;
  const genreId = new Map<string, string>();
  const movieId = new Map<string, string>();

  const people = async (search: string) => dataOf(await server.gql(PEOPLE, { search }, admin)).people.edges;
  const personId = async (name: string) =>
    (await people(name)).find((edge) => edge.node.name === name)?.node.id ?? null;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = bearer(await adminToken(server));
    member = bearer((await signUp(server, 'plain_member')).token);
    await server.app.services.importer.importRecords([
      { title: 'Kravitz One', release_year: 2015, director: 'Ann Director', main_actors: [NFC], genres: ['Drama'] },
      { title: 'Kravitz Two', release_year: 2017, main_actors: [NFD, 'Otto Other'], genres: ['Sci-Fi'] },
      {
        title: 'Both Spellings',
        release_year: 2019,
        main_actors: ['Otto Other', NFC, NFD],
        genres: ['Sci-Fi', 'Science Fiction'],
      },
    ]);
    const { genres, movies } = dataOf(
      await server.gql(
        graphql(`
          query AdminSetup {
            genres {
              id
              name
            }
            movies(first: 10) {
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
    );
    for (const genre of genres) genreId.set(genre.name, genre.id);
    for (const { node } of movies.edges) movieId.set(node.title, node.id);
  });
  afterAll(() => server?.stop());

  it('is for admins only', async () => {
    const input = { title: 'Nope', releaseYear: 2000 };
    expect((await server.gql(CREATE, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await server.gql(CREATE, { input }, member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const merge = await server.gql(
      graphql(`
        mutation AdminMergeForbidden {
          mergePeople(keepId: "1", mergeIds: ["2"]) {
            id
          }
        }
      `),
      {},
      member,
    );
    expect(merge.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(AUDIT, {}, member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('creates, edits and deletes a film: cast in list order, search and film counts kept, clear errors', async () => {
    const ann = (await personId('Ann Director'))!;
    const otto = (await personId('Otto Other'))!;
    const nfc = (await personId(NFC))!;
    const input = {
      title: '  Lantern   Harbour ',
      description: 'A keeper and a storm.',
      releaseYear: 2021,
      directorId: ann,
      actorIds: [otto, nfc],
      genreIds: [genreId.get('Drama')!],
    };
    const created = dataOf(await server.gql(CREATE, { input }, admin)).createMovie;
    expect(created).toMatchObject({
      title: 'Lantern Harbour',
      director: { name: 'Ann Director' },
      mainActors: [{ name: 'Otto Other' }, { name: NFC }],
      genres: [{ name: 'Drama' }],
    });
    expect(dataOf(await server.gql(SEARCH, { q: 'lantern harbour' })).movies.totalCount).toBe(1);
    expect((await people('Ann Director'))[0].node.filmCount).toBe(2);

    const problems: Array<[Record<string, unknown>, string]> = [
      [{ ...input, title: 'Lantern Harbour' }, 'title'],
      [{ ...input, title: '   ' }, 'title'],
      [{ ...input, releaseYear: 1700 }, 'releaseYear'],
      [{ ...input, directorId: '999999' }, 'directorId'],
      [{ ...input, actorIds: [otto, otto] }, 'actorIds'],
      [
        { ...input, actorIds: [otto, nfc, ann, otto, nfc].map((id, i) => (i < 3 ? id : String(100000 + i))) },
        'actorIds',
      ],
      [{ ...input, genreIds: ['424242'] }, 'genreIds'],
    ];
    for (const [bad, field] of problems) {
      const refused = await server.gql(CREATE, { input: bad as never }, admin);
      expect({ field, extensions: refused.errors?.[0].extensions }).toMatchObject({
        field,
        extensions: { code: 'BAD_USER_INPUT', field },
      });
    }

    const updated = dataOf(
      await server.gql(
        UPDATE,
        { id: created.id, input: { ...input, title: 'Lantern Harbor', actorIds: [nfc, otto], directorId: null } },
        admin,
      ),
    ).updateMovie;
    expect(updated).toMatchObject({
      title: 'Lantern Harbor',
      director: null,
      mainActors: [{ name: NFC }, { name: 'Otto Other' }],
    });
    expect(dataOf(await server.gql(SEARCH, { q: 'lantern harbor' })).movies.edges.map((e) => e.node.title)).toEqual([
      'Lantern Harbor',
    ]);
    expect((await people('Ann Director'))[0].node.filmCount).toBe(1);
    const clash = await server.gql(
      UPDATE,
      { id: created.id, input: { ...input, title: 'Kravitz One', releaseYear: 2015 } },
      admin,
    );
    expect(clash.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });

    const audit = dataOf(await server.gql(AUDIT, { targetType: 'Movie', targetId: created.id }, admin)).auditLog;
    expect(audit.edges.map((edge) => edge.node.action)).toEqual(['updateMovie', 'createMovie']);
    expect(audit.edges[0].node).toMatchObject({
      actor: { username: 'admin' },
      before: { title: 'Lantern Harbour', directorId: ann },
      after: { title: 'Lantern Harbor', directorId: null, actorIds: [nfc, otto] },
    });

    const deleted = await server.gql(
      graphql(`
        mutation AdminDeleteMovie($id: ID!) {
          deleteMovie(id: $id)
        }
      `),
      { id: created.id },
      admin,
    );
    expect(dataOf(deleted).deleteMovie).toBe(created.id);
    expect(dataOf(await server.gql(MOVIE, { id: created.id })).movie).toBeNull();
    expect(dataOf(await server.gql(SEARCH, { q: 'lantern' })).movies.totalCount).toBe(0);
  });

  it('merges two spellings of one actor without losing or doubling a credit', async () => {
    const keep = (await personId(NFC))!;
    const merge = (await personId(NFD))!;
    expect(keep).not.toBe(merge);
    const merged = dataOf(
      await server.gql(
        graphql(`
          mutation AdminMergePeople($keepId: ID!, $mergeIds: [ID!]!) {
            mergePeople(keepId: $keepId, mergeIds: $mergeIds) {
              id
              name
              filmCount
            }
          }
        `),
        { keepId: keep, mergeIds: [merge] },
        admin,
      ),
    ).mergePeople;
    expect(merged).toEqual({ id: keep, name: NFC, filmCount: 3 });
    const cast = async (title: string) =>
      dataOf(await server.gql(MOVIE, { id: movieId.get(title)! })).movie!.mainActors.map((actor) => actor.name);
    expect(await cast('Kravitz Two')).toEqual([NFC, 'Otto Other']);
    // Credited twice in one film (both spellings): once now, in the better billing slot.
    expect(await cast('Both Spellings')).toEqual(['Otto Other', NFC]);
    expect(dataOf(await server.gql(SEARCH, { q: 'kravitz' })).movies.totalCount).toBe(3);
    const found = (await people('kravitz')).map((edge) => edge.node.id);
    expect(found).toEqual([keep]);
    const self = await server.gql(
      graphql(`
        mutation AdminMergeSelf($keepId: ID!) {
          mergePeople(keepId: $keepId, mergeIds: [$keepId]) {
            id
          }
        }
      `),
      { keepId: keep },
      admin,
    );
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mergeIds' });
  });

  it('merges genres, refuses to delete one in use, renames and deletes an unused one', async () => {
    const keep = genreId.get('Science Fiction')!;
    const merge = genreId.get('Sci-Fi')!;
    const DELETE_GENRE = graphql(`
      mutation AdminDeleteGenre($id: ID!) {
        deleteGenre(id: $id)
      }
    `);
    const inUse = await server.gql(DELETE_GENRE, { id: merge }, admin);
    expect(inUse.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(inUse.errors?.[0].message).toMatch(/2 films; merge it/);
    dataOf(
      await server.gql(
        graphql(`
          mutation AdminMergeGenres($keepId: ID!, $mergeIds: [ID!]!) {
            mergeGenres(keepId: $keepId, mergeIds: $mergeIds) {
              id
              name
            }
          }
        `),
        { keepId: keep, mergeIds: [merge] },
        admin,
      ),
    );
    const genresOf = async (title: string) =>
      dataOf(await server.gql(MOVIE, { id: movieId.get(title)! })).movie!.genres.map((genre) => genre.name);
    expect(await genresOf('Kravitz Two')).toEqual(['Science Fiction']);
    expect(await genresOf('Both Spellings')).toEqual(['Science Fiction']);
    const created = dataOf(
      await server.gql(
        graphql(`
          mutation AdminCreateGenre($name: String!) {
            createGenre(name: $name) {
              id
              name
            }
          }
        `),
        { name: 'Neo Noir' },
        admin,
      ),
    ).createGenre;
    const duplicate = await server.gql(
      graphql(`
        mutation AdminRenameGenre($id: ID!, $name: String!) {
          updateGenre(id: $id, name: $name) {
            name
          }
        }
      `),
      { id: created.id, name: 'drama' },
      admin,
    );
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(dataOf(await server.gql(DELETE_GENRE, { id: created.id }, admin)).deleteGenre).toBe(created.id);
  });

  it('removes a review with a reason, logs it, and lists ratings and role changes for admins', async () => {
    const writer = await signUp(server, 'spammy');
    const movie = movieId.get('Kravitz One')!;
    await server.gql(
      graphql(`
        mutation AdminRateForBrowse($input: RateMovieInput!) {
          rateMovie(input: $input) {
            id
          }
        }
      `),
      { input: { movieId: movie, score: 2 } },
      bearer(writer.token),
    );
    const review = dataOf(
      await server.gql(
        graphql(`
          mutation AdminSpamReview($input: CreateReviewInput!) {
            createReview(input: $input) {
              id
            }
          }
        `),
        { input: { movieId: movie, title: 'Buy cheap watches', body: 'Visit my shop.' } },
        bearer(writer.token),
      ),
    ).createReview;
    dataOf(
      await server.gql(
        graphql(`
          mutation AdminRemoveReview($id: ID!, $reason: String) {
            deleteReview(id: $id, reason: $reason) {
              id
            }
          }
        `),
        { id: review.id, reason: 'Spam' },
        admin,
      ),
    );
    const logged = dataOf(await server.gql(AUDIT, { targetType: 'Review', targetId: review.id }, admin)).auditLog;
    expect(logged.edges[0].node).toMatchObject({
      action: 'deleteReview',
      reason: 'Spam',
      before: { title: 'Buy cheap watches', authorId: Number(writer.userId) },
      after: null,
    });

    const ratings = dataOf(
      await server.gql(
        graphql(`
          query AdminRatings($movieId: ID) {
            ratings(movieId: $movieId, first: 5) {
              totalCount
              edges {
                node {
                  score
                  user {
                    username
                  }
                }
              }
            }
          }
        `),
        { movieId: movie },
        admin,
      ),
    ).ratings;
    expect(ratings).toMatchObject({ totalCount: 1, edges: [{ node: { score: 2, user: { username: 'spammy' } } }] });

    await server.gql(
      graphql(`
        mutation AdminDeactivate($userId: ID!) {
          deactivateUser(userId: $userId) {
            isActive
          }
        }
      `),
      { userId: writer.userId },
      admin,
    );
    const userLog = dataOf(await server.gql(AUDIT, { targetType: 'User', targetId: writer.userId }, admin)).auditLog;
    expect(userLog.edges[0].node).toMatchObject({
      action: 'deactivateUser',
      before: { isActive: true },
      after: { isActive: false },
    });
  });
});
