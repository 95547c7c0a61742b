import { Rating } from './rating.entity';
import { adminToken, bearer, dataOf, dialects, signUp, startTestServer, type TestServer } from '../../../test/harness';
import { graphql } from '../../../test/__generated__';

const RATE = graphql(`
  mutation ReviewsRateMovie($input: RateMovieInput!) {
    rateMovie(input: $input) {
      id
      averageRating
      ratingCount
      myRating
      ratingDistribution {
        score
        count
        percent
      }
    }
  }
`);
const CREATE = graphql(`
  mutation ReviewsCreateReview($input: CreateReviewInput!) {
    createReview(input: $input) {
      id
      title
      body
      author {
        username
      }
      movie {
        id
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation ReviewsUpdateReview($input: UpdateReviewInput!) {
    updateReview(input: $input) {
      id
      title
      body
      updatedAt
    }
  }
`);
const DELETE = graphql(`
  mutation ReviewsDeleteReview($id: ID!) {
    deleteReview(id: $id) {
      id
      movie {
        id
        reviews {
          totalCount
        }
      }
    }
  }
`);
const DETAILS = graphql(`
  query ReviewsMovie($id: ID!) {
    movie(id: $id) {
      averageRating
      ratingCount
      myRating
      myReview {
        id
        title
      }
      reviews {
        totalCount
        edges {
          node {
            id
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

describe.each(dialects())('ratings and reviews on %s', (dialect) => {
  let server: TestServer;
  let movieId: string;
  let otherMovieId: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    await server.app.services.importer.importRecords([
      { title: 'Rated One', release_year: 2000, genres: ['Drama'] },
      { title: 'Rated Two', release_year: 2001, genres: ['Drama'] },
    ]);
    const { movies } = dataOf(
      await server.gql(
        graphql(`
          query ReviewsMovies {
            movies(sort: TITLE_ASC) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `),
      ),
    );
    [movieId, otherMovieId] = movies.edges.map((e: { node: { id: string } }) => e.node.id);
  });
  afterAll(() => server?.stop());

  it('walks signup, login, rate, re-rate, review, refused second review, edit and delete', async () => {
    const { password } = await signUp(server, 'gina');
    const { login } = dataOf(
      await server.gql(
        graphql(`
          mutation ReviewsLogin($input: LoginInput!) {
            login(input: $input) {
              token
            }
          }
        `),
        {
          input: { username: 'gina', password },
        },
      ),
    );
    const auth = bearer(login.token);

    const first = dataOf(await server.gql(RATE, { input: { movieId, score: 4 } }, auth)).rateMovie;
    expect(first).toMatchObject({ id: movieId, averageRating: 4, ratingCount: 1, myRating: 4 });
    expect(first.ratingDistribution[3]).toEqual({ score: 4, count: 1, percent: 100 });
    const second = dataOf(await server.gql(RATE, { input: { movieId, score: 2 } }, auth)).rateMovie;
    expect(second).toMatchObject({ averageRating: 2, ratingCount: 1, myRating: 2 });
    expect(second.ratingDistribution.map((b: { count: number }) => b.count)).toEqual([0, 1, 0, 0, 0]);

    const review = dataOf(
      await server.gql(CREATE, { input: { movieId, title: '  Slow   but honest ', body: 'It grew on me.' } }, auth),
    ).createReview;
    expect(review).toMatchObject({ title: 'Slow but honest', author: { username: 'gina' }, movie: { id: movieId } });
    const again = await server.gql(CREATE, { input: { movieId, title: 'Again', body: 'Second go.' } }, auth);
    expect(again.errors?.[0].extensions?.code).toBe('ALREADY_REVIEWED');

    const edited = dataOf(
      await server.gql(UPDATE, { input: { id: review.id, body: 'It really grew on me.' } }, auth),
    ).updateReview;
    expect(edited).toMatchObject({ id: review.id, title: 'Slow but honest', body: 'It really grew on me.' });
    const details = dataOf(await server.gql(DETAILS, { id: movieId }, auth)).movie;
    expect(details).toMatchObject({ myRating: 2, myReview: { id: review.id }, reviews: { totalCount: 1 } });
    expect(dataOf(await server.gql(DETAILS, { id: movieId })).movie).toMatchObject({ myRating: null, myReview: null });

    const deleted = dataOf(await server.gql(DELETE, { id: review.id }, auth)).deleteReview;
    expect(deleted).toEqual({ id: review.id, movie: { id: movieId, reviews: { totalCount: 0 } } });
    const removed = dataOf(
      await server.gql(
        graphql(`
          mutation ReviewsRemoveRating($id: ID!) {
            removeRating(movieId: $id) {
              ratingCount
              averageRating
              myRating
            }
          }
        `),
        { id: movieId },
        auth,
      ),
    );
    expect(removed.removeRating).toEqual({ ratingCount: 0, averageRating: null, myRating: null });
  });

  it('keeps exactly one rating when one user rates concurrently', async () => {
    const { token } = await signUp(server, 'hank');
    const scores = Array.from({ length: 12 }, (_, i) => 1 + (i % 5));
    const responses = await Promise.all(
      scores.map((score) => server.gql(RATE, { input: { movieId: otherMovieId, score } }, bearer(token))),
    );
    expect(responses.every((r) => !r.errors)).toBe(true);
    const stored = await server.app.services.orm.em.fork().find(Rating, { movie: Number(otherMovieId) });
    expect(stored).toHaveLength(1);
    const movie = dataOf(await server.gql(DETAILS, { id: otherMovieId }, bearer(token))).movie;
    expect(movie).toMatchObject({ ratingCount: 1, myRating: stored[0].score, averageRating: stored[0].score });
  });

  it('keeps stats exact when many users rate one movie at once', async () => {
    const users = await Promise.all(['ivy', 'jon', 'kim', 'lea', 'max', 'ned'].map((name) => signUp(server, name)));
    await Promise.all(
      users.map((u, i) => server.gql(RATE, { input: { movieId, score: 1 + (i % 5) } }, bearer(u.token))),
    );
    const movie = dataOf(
      await server.gql(
        graphql(`
          query ReviewsMovie2($id: ID!) {
            movie(id: $id) {
              ratingCount
              averageRating
              ratingDistribution {
                count
              }
            }
          }
        `),
        { id: movieId },
      ),
    ).movie!;
    expect(movie.ratingCount).toBe(6);
    expect(movie.averageRating).toBe(Math.round(((1 + 2 + 3 + 4 + 5 + 1) / 6) * 100) / 100);
    expect(movie.ratingDistribution.map((b: { count: number }) => b.count)).toEqual([2, 1, 1, 1, 1]);
  });

  it('answers UNAUTHENTICATED, FORBIDDEN, NOT_FOUND and BAD_USER_INPUT where they belong', async () => {
    const anon = await server.gql(RATE, { input: { movieId, score: 3 } });
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const owner = await signUp(server, 'olga');
    const stranger = await signUp(server, 'pete');
    for (const score of [0, 6]) {
      const bad = await server.gql(RATE, { input: { movieId, score } }, bearer(owner.token));
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'score' });
    }
    const missing = await server.gql(RATE, { input: { movieId: '999999', score: 3 } }, bearer(owner.token));
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const missingReview = await server.gql(
      CREATE,
      { input: { movieId: '999999', title: 'T', body: 'B' } },
      bearer(owner.token),
    );
    expect(missingReview.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    for (const input of [
      { title: ' ', body: 'fine' },
      { title: 'x'.repeat(201), body: 'fine' },
      { title: 'fine', body: 'y'.repeat(5001) },
    ]) {
      const bad = await server.gql(CREATE, { input: { movieId, ...input } }, bearer(owner.token));
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(['title', 'body']).toContain(bad.errors?.[0].extensions?.field);
    }
    const review = dataOf(
      await server.gql(CREATE, { input: { movieId, title: 'Mine', body: 'Mine alone.' } }, bearer(owner.token)),
    ).createReview;
    expect(
      (await server.gql(UPDATE, { input: { id: review.id, title: 'Hijacked' } }, bearer(stranger.token))).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await server.gql(DELETE, { id: review.id }, bearer(stranger.token))).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const admin = await adminToken(server);
    expect(dataOf(await server.gql(DELETE, { id: review.id }, bearer(admin))).deleteReview.id).toBe(review.id);
  });

  it("shows a user's ratings and reviews, and their email only to themselves", async () => {
    const quinn = await signUp(server, 'quinn');
    await server.gql(RATE, { input: { movieId: otherMovieId, score: 5 } }, bearer(quinn.token));
    await server.gql(
      CREATE,
      { input: { movieId: otherMovieId, title: 'Loved it', body: 'Five stars.' } },
      bearer(quinn.token),
    );
    const mine = dataOf(
      await server.gql(
        graphql(`
          query ReviewsMe {
            me {
              ratings {
                edges {
                  node {
                    score
                    movie {
                      title
                    }
                  }
                }
              }
              reviews {
                edges {
                  node {
                    title
                  }
                }
              }
            }
          }
        `),
        {},
        bearer(quinn.token),
      ),
    ).me;
    expect(mine).toEqual({
      ratings: { edges: [{ node: { score: 5, movie: { title: 'Rated Two' } } }] },
      reviews: { edges: [{ node: { title: 'Loved it' } }] },
    });
    const viewedByOthers = dataOf(
      await server.gql(
        graphql(`
          query ReviewsMovie3($id: ID!) {
            movie(id: $id) {
              reviews {
                edges {
                  node {
                    author {
                      username
                      email
                    }
                  }
                }
              }
            }
          }
        `),
        {
          id: otherMovieId,
        },
      ),
    ).movie!;
    expect(viewedByOthers.reviews.edges[0].node.author).toEqual({ username: 'quinn', email: null });
  });
});
