import { bearer, dataOf, dialects, signUp, startTestServer, type TestServer } from '../../../test/harness';
import { graphql } from '../../../test/__generated__';

const WATCH = graphql(`
  mutation CommunityWatch($movieId: ID!) {
    addToWatchlist(movieId: $movieId) {
      id
      inMyWatchlist
    }
  }
`);
const UNWATCH = graphql(`
  mutation CommunityUnwatch($movieId: ID!) {
    removeFromWatchlist(movieId: $movieId) {
      id
      inMyWatchlist
    }
  }
`);
const RATE = graphql(`
  mutation CommunityRate($input: RateMovieInput!) {
    rateMovie(input: $input) {
      id
      inMyWatchlist
    }
  }
`);
const REVIEW = graphql(`
  mutation CommunityReview($input: CreateReviewInput!) {
    createReview(input: $input) {
      id
      containsSpoilers
      authorRating
      helpfulCount
    }
  }
`);
const HELPFUL = graphql(`
  mutation CommunityHelpful($reviewId: ID!, $helpful: Boolean!) {
    markReviewHelpful(reviewId: $reviewId, helpful: $helpful) {
      id
      helpfulCount
      markedHelpfulByMe
    }
  }
`);
const PROFILE = graphql(`
  query CommunityProfile($username: String!, $after: String) {
    user(username: $username) {
      username
      createdAt
      watchlistPublic
      email
      stats {
        ratingCount
        averageScore
        scoreDistribution
        favouriteGenres {
          genre {
            name
          }
          ratingCount
          averageScore
        }
        favouriteDirectors {
          director {
            name
          }
          ratingCount
        }
      }
      ratings(first: 2, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
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
        totalCount
        edges {
          node {
            title
          }
        }
      }
      watchlist {
        totalCount
        edges {
          node {
            movie {
              title
            }
            addedAt
          }
        }
      }
    }
  }
`);
const MOVIE_REVIEWS = graphql(`
  query CommunityMovieReviews($id: ID!, $sort: ReviewSort, $first: Int, $after: String) {
    movie(id: $id) {
      reviews(sort: $sort, first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            title
            helpfulCount
            authorRating
            containsSpoilers
            markedHelpfulByMe
          }
        }
      }
    }
  }
`);

describe.each(dialects())('profiles, watchlists and helpful reviews on %s', (dialect) => {
  let server: TestServer;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    server = await startTestServer(dialect);
    await server.app.services.importer.importRecords([
      { title: 'Harbour Lights', release_year: 1990, director: 'Ines Varga', genres: ['Drama'] },
      { title: 'Harbour Nights', release_year: 1994, director: 'Ines Varga', genres: ['Drama', 'Crime'] },
      { title: 'Comet Tail', release_year: 2011, director: 'Ravi Osei', genres: ['Science Fiction'] },
      { title: 'Comet Dust', release_year: 2015, director: 'Ravi Osei', genres: ['Science Fiction'] },
    ]);
    const { movies } = dataOf(
      await server.gql(
        graphql(`
          query CommunityMovies {
            movies(sort: TITLE_ASC) {
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
  });
  afterAll(() => server?.stop());

  it('keeps a watchlist: add twice, see it on the movie, rating takes it off, remove', async () => {
    const { token } = await signUp(server, 'wanda');
    const auth = bearer(token);
    const harbour = ids.get('Harbour Lights')!;
    expect(dataOf(await server.gql(WATCH, { movieId: harbour }, auth)).addToWatchlist.inMyWatchlist).toBe(true);
    expect(dataOf(await server.gql(WATCH, { movieId: harbour }, auth)).addToWatchlist.inMyWatchlist).toBe(true);
    await server.gql(WATCH, { movieId: ids.get('Comet Tail')! }, auth);
    let profile = dataOf(await server.gql(PROFILE, { username: 'wanda' }, auth)).user!;
    expect(profile.watchlist!.totalCount).toBe(2);
    expect(profile.watchlist!.edges.map((edge) => edge.node.movie.title)).toEqual(['Comet Tail', 'Harbour Lights']);

    // Rating a film says it was seen: it leaves the watchlist.
    expect(
      dataOf(await server.gql(RATE, { input: { movieId: harbour, score: 4 } }, auth)).rateMovie.inMyWatchlist,
    ).toBe(false);
    const removed = dataOf(await server.gql(UNWATCH, { movieId: ids.get('Comet Tail')! }, auth)).removeFromWatchlist;
    expect(removed.inMyWatchlist).toBe(false);
    profile = dataOf(await server.gql(PROFILE, { username: 'wanda' }, auth)).user!;
    expect(profile.watchlist!.totalCount).toBe(0);

    const anonymous = await server.gql(WATCH, { movieId: harbour });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await server.gql(WATCH, { movieId: '999999' }, auth);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('shows a watchlist to others only once it is public', async () => {
    const { token } = await signUp(server, 'pablo');
    await server.gql(WATCH, { movieId: ids.get('Comet Dust')! }, bearer(token));
    const seen = async () => dataOf(await server.gql(PROFILE, { username: 'PABLO' })).user!;
    expect((await seen()).watchlist).toBeNull();
    expect((await seen()).watchlistPublic).toBeNull();
    const set = dataOf(
      await server.gql(
        graphql(`
          mutation CommunityPublic($isPublic: Boolean!) {
            setWatchlistPublic(isPublic: $isPublic) {
              username
              watchlistPublic
            }
          }
        `),
        { isPublic: true },
        bearer(token),
      ),
    ).setWatchlistPublic;
    expect(set).toEqual({ username: 'pablo', watchlistPublic: true });
    const visible = await seen();
    expect(visible.watchlist!.edges.map((edge) => edge.node.movie.title)).toEqual(['Comet Dust']);
    expect(visible.email).toBeNull();
    expect(dataOf(await server.gql(PROFILE, { username: 'nobody-here' })).user).toBeNull();
  });

  it('profiles: ratings paged newest first, reviews, and stats with favourites', async () => {
    const { token } = await signUp(server, 'stella');
    const auth = bearer(token);
    const scores: Array<[string, number]> = [
      ['Harbour Lights', 5],
      ['Harbour Nights', 4],
      ['Comet Tail', 2],
      ['Comet Dust', 1],
    ];
    for (const [title, score] of scores) await server.gql(RATE, { input: { movieId: ids.get(title)!, score } }, auth);
    dataOf(
      await server.gql(
        REVIEW,
        {
          input: { movieId: ids.get('Harbour Lights')!, title: 'Quietly great', body: 'The last shot stays with you.' },
        },
        auth,
      ),
    );
    const first = dataOf(await server.gql(PROFILE, { username: 'stella' })).user!;
    expect(first.ratings.totalCount).toBe(4);
    expect(first.ratings.edges.map((edge) => [edge.node.movie.title, edge.node.score])).toEqual([
      ['Comet Dust', 1],
      ['Comet Tail', 2],
    ]);
    const second = dataOf(
      await server.gql(PROFILE, { username: 'stella', after: first.ratings.pageInfo.endCursor }),
    ).user!;
    expect(second.ratings.edges.map((edge) => edge.node.movie.title)).toEqual(['Harbour Nights', 'Harbour Lights']);
    expect(second.ratings.pageInfo.hasNextPage).toBe(false);
    expect(first.reviews.edges.map((edge) => edge.node.title)).toEqual(['Quietly great']);
    expect(first.stats).toEqual({
      ratingCount: 4,
      averageScore: 3,
      scoreDistribution: [1, 1, 0, 1, 1],
      favouriteGenres: [
        { genre: { name: 'Drama' }, ratingCount: 2, averageScore: 4.5 },
        { genre: { name: 'Crime' }, ratingCount: 1, averageScore: 4 },
      ],
      favouriteDirectors: [{ director: { name: 'Ines Varga' }, ratingCount: 2 }],
    });
    const bad = await server.gql(PROFILE, { username: 'stella', after: 'not-a-cursor' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('reviews carry spoilers and their author’s stars; helpful once per member, never your own; sorted by helpful', async () => {
    const movieId = ids.get('Comet Tail')!;
    const authors = await Promise.all(['rev_a', 'rev_b', 'rev_c'].map((name) => signUp(server, name)));
    const [a, b, c] = authors.map((author) => bearer(author.token));
    await server.gql(RATE, { input: { movieId, score: 5 } }, a);
    const spoiler = dataOf(
      await server.gql(
        REVIEW,
        { input: { movieId, title: 'The twist', body: 'It was a comet all along.', containsSpoilers: true } },
        a,
      ),
    ).createReview;
    expect(spoiler).toMatchObject({ containsSpoilers: true, authorRating: 5, helpfulCount: 0 });
    const plain = dataOf(
      await server.gql(REVIEW, { input: { movieId, title: 'Fine', body: 'Nice effects.' } }, b),
    ).createReview;
    expect(plain).toMatchObject({ containsSpoilers: false, authorRating: null });

    const own = await server.gql(HELPFUL, { reviewId: spoiler.id, helpful: true }, a);
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reviewId' });
    expect(
      dataOf(await server.gql(HELPFUL, { reviewId: spoiler.id, helpful: true }, b)).markReviewHelpful,
    ).toMatchObject({
      helpfulCount: 1,
      markedHelpfulByMe: true,
    });
    // Twice, and at the same time: still once per member.
    await Promise.all([1, 2, 3].map(() => server.gql(HELPFUL, { reviewId: spoiler.id, helpful: true }, c)));
    expect(
      dataOf(await server.gql(HELPFUL, { reviewId: spoiler.id, helpful: true }, c)).markReviewHelpful.helpfulCount,
    ).toBe(2);
    expect(
      dataOf(await server.gql(HELPFUL, { reviewId: spoiler.id, helpful: false }, c)).markReviewHelpful,
    ).toMatchObject({ helpfulCount: 1, markedHelpfulByMe: false });
    expect((await server.gql(HELPFUL, { reviewId: '999999', helpful: true }, c)).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await server.gql(HELPFUL, { reviewId: spoiler.id, helpful: true })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );

    const newest = dataOf(await server.gql(MOVIE_REVIEWS, { id: movieId }, b)).movie!.reviews.edges;
    expect(newest.map((edge) => edge.node.title)).toEqual(['Fine', 'The twist']);
    expect(newest[1].node.markedHelpfulByMe).toBe(true);
    const helpfulFirst = dataOf(await server.gql(MOVIE_REVIEWS, { id: movieId, sort: 'HELPFUL', first: 1 })).movie!
      .reviews;
    expect(helpfulFirst.edges.map((edge) => [edge.node.title, edge.node.helpfulCount])).toEqual([['The twist', 1]]);
    const rest = dataOf(
      await server.gql(MOVIE_REVIEWS, {
        id: movieId,
        sort: 'HELPFUL',
        first: 1,
        after: helpfulFirst.pageInfo.endCursor,
      }),
    ).movie!.reviews;
    expect(rest.edges.map((edge) => edge.node.title)).toEqual(['Fine']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const mixed = await server.gql(MOVIE_REVIEWS, {
      id: movieId,
      sort: 'NEWEST',
      after: helpfulFirst.pageInfo.endCursor,
    });
    expect(mixed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
