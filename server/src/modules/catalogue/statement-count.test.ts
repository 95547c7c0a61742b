import { Review } from '../reviews/review.entity';
import { rateMovie } from '../reviews/rating.service';
import { dataOf, dialects, insertMembers, startTestServer, type TestServer } from '../../../test/harness';
import { graphql } from '../../../test/__generated__';

/** Every nested field a movie page can ask for, two levels deep where the API allows it. */
const FULL_PAGE = graphql(`
  query Page($first: Int!) {
    movies(first: $first, sort: TITLE_ASC) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          description
          releaseYear
          posterUrl
          averageRating
          ratingCount
          ratingDistribution {
            score
            count
            percent
          }
          director {
            id
            name
            directed {
              id
              title
            }
          }
          mainActors {
            id
            name
            firstName
            lastName
          }
          genres {
            id
            name
            movieCount
          }
          reviews(first: 3) {
            totalCount
            pageInfo {
              hasNextPage
            }
            edges {
              node {
                id
                title
                body
                author {
                  id
                  username
                }
              }
            }
          }
          similar(limit: 5) {
            sharedGenreCount
            sharedGenres {
              name
            }
            movie {
              id
              title
              averageRating
              director {
                name
              }
              genres {
                name
              }
            }
          }
        }
      }
    }
  }
`);

const DETAIL = graphql(`
  query StatementsDetail($id: ID!) {
    movie(id: $id) {
      title
      director {
        name
      }
      mainActors {
        name
      }
      genres {
        name
      }
    }
  }
`);

const DETAIL_WITH_REVIEWS = graphql(`
  query DetailWithReviews($id: ID!, $first: Int = 5) {
    movie(id: $id) {
      director {
        name
      }
      reviews(first: $first) {
        edges {
          node {
            title
            author {
              username
            }
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

describe.each(dialects())('statements per movie page on %s', (dialect) => {
  let server: TestServer;

  beforeAll(async () => {
    // Every nested field of 100 movies costs far more than any client page: this test measures statements, not limits.
    server = await startTestServer(dialect, { env: { GRAPHQL_MAX_COST: '100000' } });
    const records = Array.from({ length: 130 }, (_, i) => ({
      title: `Film ${String(i).padStart(3, '0')}`,
      release_year: 1960 + (i % 60),
      director: `Director ${i % 17}`,
      main_actors: [0, 1, 2, 3].map((k) => `Actor ${(i * 3 + k) % 90}`),
      genres: [`Genre ${i % 6}`, `Genre ${(i + 2) % 6}`],
      description: `Generated film number ${i}`,
    }));
    await server.app.services.importer.importRecords(records);
    const em = server.app.services.orm.em.fork();
    const users = await insertMembers(server, 'rater', 3);
    for (let movieId = 1; movieId <= 130; movieId += 2) {
      for (const [i, user] of users.entries()) await rateMovie(em.fork(), user.id, movieId, 1 + ((movieId + i) % 5));
      em.create(Review, {
        user: users[movieId % 3],
        movie: movieId,
        title: `On film ${movieId}`,
        body: 'Worth a look.',
      });
    }
    await em.flush();
  });
  afterAll(() => server?.stop());

  async function statementsFor(first: number): Promise<number> {
    server.statements.reset();
    const { movies } = dataOf(await server.gql(FULL_PAGE, { first }));
    expect(movies.edges).toHaveLength(first);
    expect(movies.edges.some((e: any) => e.node.reviews.edges.length > 0 && e.node.similar.length === 5)).toBe(true);
    return server.statements.count;
  }

  it('runs the same small number of statements for 25 and for 100 movies', async () => {
    const small = await statementsFor(25);
    const large = await statementsFor(100);
    expect(large).toBe(small);
    // The page with its directors, casts, genres and first reviews with their authors (one
    // statement, see movie-relations and first-reviews), count, directors' films, genre counts,
    // review counts, similar, the similar films' genres (and their directors, when not among the page's).
    expect(small).toBeGreaterThanOrEqual(7);
    expect(small).toBeLessThanOrEqual(8);
    expect(server.statements.log[0]).toMatch(/from [`"]movie[`"] as [`"]m[`"]/);
  });

  it('counts no films when the page ends the list where it is known to start, and counts them otherwise', async () => {
    const totalOf = async (args: string) => {
      server.statements.reset();
      const { movies } = dataOf<{ movies: { totalCount: number; edges: unknown[]; pageInfo: { endCursor: string } } }>(
        await server.gql(`{ movies(${args}) { totalCount edges { node { id } } pageInfo { endCursor } } }`),
      );
      const counted = server.statements.log.some((sql) => /count\(/i.test(sql));
      return { total: movies.totalCount, shown: movies.edges.length, counted, endCursor: movies.pageInfo.endCursor };
    };
    for (const filter of ['{ search: "film 12" }', '{ genres: ["Genre 0", "Genre 2"] }']) {
      // Counted: more follow.
      const first = await totalOf(`first: 2, filter: ${filter}`);
      expect(first).toMatchObject({ shown: 2, counted: true });
      const { total } = first;
      expect(total).toBeGreaterThan(5);
      // One page holds them all, or the rest after an offset: their number is the total.
      expect(await totalOf(`first: 100, filter: ${filter}`)).toMatchObject({ total, shown: total, counted: false });
      expect(await totalOf(`first: 100, offset: 3, filter: ${filter}`)).toMatchObject({
        total,
        shown: total - 3,
        counted: false,
      });
      // Where the page starts is unknown (nothing after an offset, or after a cursor): counted.
      expect(await totalOf(`first: 100, offset: ${total + 10}, filter: ${filter}`)).toMatchObject({
        total,
        shown: 0,
        counted: true,
      });
      expect(await totalOf(`first: 100, after: "${first.endCursor}", filter: ${filter}`)).toMatchObject({
        total,
        shown: total - 2,
        counted: true,
      });
    }
  });

  it('reads a movie with its director, cast and genres in one statement', async () => {
    server.statements.reset();
    const { movie } = dataOf(await server.gql(DETAIL, { id: '1' }));
    expect(movie?.director?.name).toBe('Director 0');
    expect(movie?.mainActors.map((a) => a.name)).toEqual(['Actor 0', 'Actor 1', 'Actor 2', 'Actor 3']);
    expect(movie?.genres.map((g) => g.name)).toEqual(['Genre 0', 'Genre 2']);
    expect(server.statements.count).toBe(1);
  });

  it('reads a movie with its first reviews and their authors in the same statement', async () => {
    server.statements.reset();
    const { movie } = dataOf(await server.gql(DETAIL_WITH_REVIEWS, { id: '1' }));
    expect(movie?.director?.name).toBe('Director 0');
    expect(movie?.reviews.edges.map((edge) => [edge.node.title, edge.node.author.username])).toEqual([
      ['On film 1', 'rater1'],
    ]);
    expect(movie?.reviews.pageInfo.hasNextPage).toBe(false);
    expect(server.statements.count).toBe(1);
  });

  it('with variables in the reviews arguments, still one statement (first: 0 still tells that there are more)', async () => {
    server.statements.reset();
    const none = dataOf(await server.gql(DETAIL_WITH_REVIEWS, { id: '3', first: 0 }));
    expect(none.movie?.reviews.edges).toEqual([]);
    expect(none.movie?.reviews.pageInfo.hasNextPage).toBe(true);
    expect(server.statements.count).toBe(1);
  });
});
