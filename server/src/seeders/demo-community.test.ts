import { bearer, dataOf, dialects, signUp, startTestServer, type TestServer } from '../../test/harness';
import { graphql } from '../../test/__generated__';
import { DEMO_MEMBERS, DEMO_REVIEWS } from './demo-community';

describe.each(dialects())('the demo community on %s', (dialect) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seedDemo: true, demoCommunity: true });
  }, 60_000);
  afterAll(() => server?.stop());

  it('gives a first start members, ratings, reviews and a Top rated list that means something', async () => {
    const { movies, ada } = dataOf(
      await server.gql(
        graphql(`
          query DemoCommunityFirstStart {
            movies(sort: TOP_RATED, first: 10) {
              edges {
                node {
                  title
                  ratingCount
                  averageRating
                  reviews(sort: HELPFUL, first: 1) {
                    totalCount
                  }
                }
              }
            }
            ada: user(username: "ada_reels") {
              stats {
                ratingCount
                favouriteGenres {
                  genre {
                    name
                  }
                }
              }
              reviews {
                totalCount
                edges {
                  node {
                    authorRating
                    helpfulCount
                  }
                }
              }
              watchlist {
                totalCount
              }
            }
          }
        `),
      ),
    );
    expect(movies.edges).toHaveLength(10);
    for (const { node } of movies.edges) expect(node.ratingCount).toBeGreaterThanOrEqual(3);
    expect(ada!.stats.ratingCount).toBe(DEMO_MEMBERS[0].films);
    expect(ada!.stats.favouriteGenres[0].genre.name).toBe('Science Fiction');
    expect(ada!.reviews.totalCount).toBe(DEMO_REVIEWS.filter((review) => review.username === 'ada_reels').length);
    expect(ada!.reviews.edges.every((edge) => edge.node.authorRating === 5)).toBe(true);
    expect(ada!.reviews.edges.map((edge) => edge.node.helpfulCount).sort()).toEqual([1, 3]);
    expect(ada!.watchlist!.totalCount).toBeGreaterThan(0);

    // Every review was written for a film in the catalogue; the stored stats agree with the ratings.
    const knex = server.app.services.orm.em.getKnex();
    expect(Number((await knex('review').count({ n: '*' }).first())!.n)).toBe(DEMO_REVIEWS.length);
    const drift = await knex('movie as m')
      .whereRaw('m.rating_count <> (select count(*) from rating r where r.movie_id = m.id)')
      .count({ n: '*' })
      .first();
    expect(Number(drift!.n)).toBe(0);
  });

  it('keeps the demo members out of login, and recommends to a newcomer from their ratings', async () => {
    const refused = await server.gql(
      graphql(`
        mutation DemoCommunityLogin($input: LoginInput!) {
          login(input: $input) {
            token
          }
        }
      `),
      { input: { username: 'ada_reels', password: '!demo-member' } },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const { token } = await signUp(server, 'first_visitor');
    const { movies } = dataOf(
      await server.gql(
        graphql(`
          query DemoCommunityAlien {
            movies(filter: { search: "alien" }, first: 2) {
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
    for (const { node } of movies.edges) {
      await server.gql(
        graphql(`
          mutation DemoCommunityRate($input: RateMovieInput!) {
            rateMovie(input: $input) {
              id
            }
          }
        `),
        { input: { movieId: node.id, score: 5 } },
        bearer(token),
      );
    }
    const { recommendedForMe } = dataOf(
      await server.gql(
        graphql(`
          query DemoCommunityForYou {
            recommendedForMe(first: 5) {
              movie {
                title
              }
              reason
            }
          }
        `),
        {},
        bearer(token),
      ),
    );
    expect(recommendedForMe).toHaveLength(5);
    expect(recommendedForMe[0].reason).toMatch(/^Because you rated Aliens? 5★/);
    expect(recommendedForMe.map((pick) => pick.movie.title)).not.toContain('Alien');
  });
});
