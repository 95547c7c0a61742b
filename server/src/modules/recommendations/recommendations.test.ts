import { bearer, dataOf, dialects, signUp, startTestServer, type TestServer } from '../../../test/harness';
import { graphql } from '../../../test/__generated__';

const FOR_ME = graphql(`
  query RecommendationsForMe($first: Int) {
    recommendedForMe(first: $first) {
      movie {
        id
        title
      }
      score
      reason
      because {
        title
      }
    }
  }
`);
const RATE = graphql(`
  mutation RecommendationsRate($input: RateMovieInput!) {
    rateMovie(input: $input) {
      id
    }
  }
`);

const SPACE = ['Orbit', 'Nebula', 'Quasar', 'Pulsar', 'Comet'];
const PERIOD = ['Corset', 'Manor', 'Ballroom', 'Carriage', 'Estate'];

describe.each(dialects())('recommendedForMe on %s', (dialect) => {
  let server: TestServer;
  const ids = new Map<string, string>();
  const titles = (list: Array<{ movie: { title: string } }>) => list.map((pick) => pick.movie.title);

  beforeAll(async () => {
    server = await startTestServer(dialect);
    await server.app.services.importer.importRecords([
      ...SPACE.map((title, i) => ({
        title,
        release_year: 2000 + i,
        genres: ['Science Fiction'],
        director: `Astra ${i}`,
      })),
      ...PERIOD.map((title, i) => ({ title, release_year: 1990 + i, genres: ['Romance'], director: `Period ${i}` })),
    ]);
    const { movies } = dataOf(
      await server.gql(
        graphql(`
          query RecommendationsMovies {
            movies(first: 20) {
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
    for (const { node } of movies.edges) ids.set(node.title, node.id);
    // Two camps of members with opposite tastes.
    for (let i = 0; i < 6; i++) {
      const { token } = await signUp(server, `camp_${i}`);
      const space = i < 3;
      for (const title of SPACE.slice(0, 4))
        await server.gql(RATE, { input: { movieId: ids.get(title)!, score: space ? 5 : 1 } }, bearer(token));
      for (const title of PERIOD.slice(0, 4))
        await server.gql(RATE, { input: { movieId: ids.get(title)!, score: space ? 1 : 5 } }, bearer(token));
    }
  }, 60_000);
  afterAll(() => server?.stop());

  it('follows the caller’s own ratings at once, explains itself, and leaves out what they rated, reviewed or watchlisted', async () => {
    const { token } = await signUp(server, 'newcomer');
    const auth = bearer(token);
    await server.gql(RATE, { input: { movieId: ids.get('Orbit')!, score: 5 } }, auth);
    await server.gql(RATE, { input: { movieId: ids.get('Corset')!, score: 1 } }, auth);
    let picks = dataOf(await server.gql(FOR_ME, { first: 3 }, auth)).recommendedForMe;
    expect(titles(picks)).toEqual(expect.arrayContaining(['Nebula', 'Quasar', 'Pulsar']));
    expect(picks[0].reason).toBe('Because you rated Orbit 5★');
    expect(picks[0].because).toEqual([{ title: 'Orbit' }]);
    expect(picks[0].score).toBe(1);

    await server.gql(
      graphql(`
        mutation RecommendationsReview($input: CreateReviewInput!) {
          createReview(input: $input) {
            id
          }
        }
      `),
      { input: { movieId: ids.get('Nebula')!, title: 'Seen it', body: 'At the cinema.' } },
      auth,
    );
    await server.gql(
      graphql(`
        mutation RecommendationsWatch($movieId: ID!) {
          addToWatchlist(movieId: $movieId) {
            id
          }
        }
      `),
      { movieId: ids.get('Quasar')! },
      auth,
    );
    picks = dataOf(await server.gql(FOR_ME, { first: 20 }, auth)).recommendedForMe;
    const shown = titles(picks);
    for (const left of ['Orbit', 'Corset', 'Nebula', 'Quasar']) expect(shown).not.toContain(left);
    expect(shown[0]).toBe('Pulsar');

    // Changing their mind turns the list around without waiting for anything.
    await server.gql(RATE, { input: { movieId: ids.get('Orbit')!, score: 1 } }, auth);
    await server.gql(RATE, { input: { movieId: ids.get('Corset')!, score: 5 } }, auth);
    picks = dataOf(await server.gql(FOR_ME, { first: 3 }, auth)).recommendedForMe;
    expect(titles(picks)).toEqual(expect.arrayContaining(['Manor', 'Ballroom', 'Carriage']));
  });

  it('picks up other members’ new ratings once the model refreshes', async () => {
    const { token } = await signUp(server, 'fan_of_estate');
    const auth = bearer(token);
    await server.gql(RATE, { input: { movieId: ids.get('Comet')!, score: 5 } }, auth);
    // Nobody else rated Comet: its neighbours are unknown, so co-ratings give nothing yet.
    let picks = dataOf(await server.gql(FOR_ME, { first: 20 }, auth)).recommendedForMe;
    expect(picks.find((pick) => pick.movie.title === 'Estate')?.reason ?? '').not.toContain('Because you rated');
    for (let i = 0; i < 3; i++) {
      const other = bearer((await signUp(server, `estate_${i}`)).token);
      await server.gql(RATE, { input: { movieId: ids.get('Comet')!, score: 5 } }, other);
      await server.gql(RATE, { input: { movieId: ids.get('Estate')!, score: 5 } }, other);
      await server.gql(RATE, { input: { movieId: ids.get('Orbit')!, score: 1 } }, other);
    }
    // The test server rebuilds whenever the ratings changed (RECOMMENDATIONS_REFRESH_MS=0); the
    // first call after a change starts the rebuild, a later one sees it.
    await server.gql(FOR_ME, { first: 1 }, auth);
    await server.app.services.recommendations.current();
    await new Promise((resolve) => setTimeout(resolve, 200));
    picks = dataOf(await server.gql(FOR_ME, { first: 20 }, auth)).recommendedForMe;
    expect(picks.find((pick) => pick.movie.title === 'Estate')).toMatchObject({
      reason: 'Because you rated Comet 5★',
      because: [{ title: 'Comet' }],
    });
  });

  it('asks for a login and a sensible size', async () => {
    expect((await server.gql(FOR_ME, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const { token } = await signUp(server, 'greedy');
    const tooMany = await server.gql(FOR_ME, { first: -1 }, bearer(token));
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const cold = dataOf(await server.gql(FOR_ME, { first: 2 }, bearer(token))).recommendedForMe;
    expect(cold.map((pick) => pick.reason)).toEqual(['Highly rated by MyMDB members', 'Highly rated by MyMDB members']);
  });
});
