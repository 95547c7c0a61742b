import { startTestServer, bearer, dataOf, signUp, tempDir, type TestServer } from '../test/harness';
import { graphql } from '../test/__generated__';
import { startPrimaryWithReplica, type PrimaryWithReplica } from '../test/postgres-replica';
import { freePorts } from '../test/services';

const RATE = graphql(`
  mutation ReplicaRate($input: RateMovieInput!) {
    rateMovie(input: $input) {
      id
      ratingCount
    }
  }
`);
const RATING_COUNT = graphql(`
  query ReplicaRatingCount($id: ID!) {
    movie(id: $id) {
      ratingCount
    }
  }
`);
const FIRST_MOVIE = graphql(`
  query ReplicaFirstMovie {
    movies(first: 1, sort: TITLE_ASC) {
      totalCount
      edges {
        node {
          id
          ratingCount
        }
      }
    }
  }
`);

/** Global setup found PostgreSQL's server programs (CI fails without them; a laptop skips). */
const bin = process.env.MYMDB_TEST_PG_BIN;
const describeWithPostgresPrograms = bin ? describe : describe.skip;

/**
 * DATABASE_REPLICA_URLS against a real streaming replica: replay is paused on the replica so that
 * what each request read from shows in its answer.
 */
describeWithPostgresPrograms('read replicas', () => {
  let cluster: PrimaryWithReplica;
  let server: TestServer;

  beforeAll(async () => {
    const [primaryPort, replicaPort] = await freePorts(2);
    cluster = await startPrimaryWithReplica(bin!, tempDir('mymdb-replica-'), [primaryPort, replicaPort]);
    server = await startTestServer('postgresql', {
      seedDemo: true,
      database: async () => ({
        config: { kind: 'postgresql', url: cluster.primaryUrl, poolMax: 5, replicaUrls: [cluster.replicaUrl] },
        drop: async () => undefined,
      }),
    });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await cluster?.stop();
  }, 60_000);

  it('serves anonymous catalogue reads from the replica, writes and the writer’s own reads from the primary', async () => {
    await cluster.caughtUp();
    const before = dataOf(await server.gql(FIRST_MOVIE)).movies;
    expect(before.totalCount).toBeGreaterThan(0);
    const movie = before.edges[0].node;
    await cluster.pauseReplay();
    try {
      // The replica is read-only: these succeed because writes go to the primary.
      const { token } = await signUp(server, 'replicated');
      const rated = dataOf(await server.gql(RATE, { input: { movieId: movie.id, score: 4 } }, bearer(token))).rateMovie;
      expect(rated.ratingCount).toBe(movie.ratingCount + 1);
      // The writer reads the primary: their own rating is there.
      expect(dataOf(await server.gql(RATING_COUNT, { id: movie.id }, bearer(token))).movie?.ratingCount).toBe(
        movie.ratingCount + 1,
      );
      // An anonymous visitor reads the paused replica: not yet.
      expect(dataOf(await server.gql(RATING_COUNT, { id: movie.id })).movie?.ratingCount).toBe(movie.ratingCount);
      expect(dataOf(await server.gql(FIRST_MOVIE)).movies.edges[0].node.ratingCount).toBe(movie.ratingCount);
    } finally {
      await cluster.resumeReplay();
    }
    await cluster.caughtUp();
    expect(dataOf(await server.gql(RATING_COUNT, { id: movie.id })).movie?.ratingCount).toBe(movie.ratingCount + 1);
  });
});
