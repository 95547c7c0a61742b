import { ChatRoomDocument, MovieReviewsDocument, ReviewFieldsFragmentDoc } from '../__generated__/graphql';
import { review, reviewsPage } from '../../test/fixtures';
import { addMessagesToRoom } from '../chat/room-messages';
import { addReviewToMovie, removeReviewFromMovie } from '../routes/movies/review-cache';
import { createCache } from './cache';

const message = (id: string, content = `message ${id}`) => ({
  __typename: 'ChatMessage' as const,
  id,
  content,
  createdAt: '2026-11-24T10:00:00.000Z',
  author: { __typename: 'ChatAuthor' as const, id: '1', username: 'alice' },
});
const room = (messages: Array<ReturnType<typeof message>>) => ({
  room: { __typename: 'Room' as const, id: '9', name: 'Film Club', slug: 'film-club', messages },
});

describe('Room.messages policy', () => {
  const readContents = (cache: ReturnType<typeof createCache>) =>
    cache
      .readQuery({ query: ChatRoomDocument, variables: { slug: 'film-club', last: 50 } })!
      .room!.messages.map((m) => m.id);

  it('keeps one copy of each message, ordered by id, whatever the order they arrive in', () => {
    const cache = createCache();
    cache.writeQuery({
      query: ChatRoomDocument,
      variables: { slug: 'film-club', last: 50 },
      data: room([message('01B'), message('01D')]),
    });
    // A live message, a replay after reconnect (01D again), and our own send echoed by the subscription.
    addMessagesToRoom(cache, '9', [message('01E')]);
    addMessagesToRoom(cache, '9', [message('01C'), message('01D'), message('01E')]);
    addMessagesToRoom(cache, '9', [message('01F'), message('01F')]);
    expect(readContents(cache)).toEqual(['01B', '01C', '01D', '01E', '01F']);
  });

  it('puts an older page before what is there', () => {
    const cache = createCache();
    cache.writeQuery({
      query: ChatRoomDocument,
      variables: { slug: 'film-club', last: 50 },
      data: room([message('01M'), message('01N')]),
    });
    cache.writeQuery({
      query: ChatRoomDocument,
      variables: { slug: 'film-club', last: 50, before: '01M' },
      data: room([message('01K'), message('01L')]),
    });
    expect(readContents(cache)).toEqual(['01K', '01L', '01M', '01N']);
  });
});

describe('Movie.reviews policy and review cache updates', () => {
  const variables = { id: '42', first: 10 };
  const read = (cache: ReturnType<typeof createCache>) => {
    const reviews = cache.readQuery({ query: MovieReviewsDocument, variables })!.movie!.reviews;
    return {
      total: reviews.totalCount,
      ids: reviews.edges.map((e) => e.node.id),
      hasNext: reviews.pageInfo.hasNextPage,
    };
  };

  it('appends pages fetched with a cursor, and a first page replaces the list', () => {
    const cache = createCache();
    cache.writeQuery({
      query: MovieReviewsDocument,
      variables,
      data: reviewsPage('42', [review(1), review(2)], 4, true),
    });
    cache.writeQuery({
      query: MovieReviewsDocument,
      variables: { ...variables, after: 'cursor-1002' },
      data: reviewsPage('42', [review(3), review(4)], 4, false),
    });
    expect(read(cache)).toEqual({ total: 4, ids: ['1001', '1002', '1003', '1004'], hasNext: false });
    cache.writeQuery({ query: MovieReviewsDocument, variables, data: reviewsPage('42', [review(1)], 1, false) });
    expect(read(cache).ids).toEqual(['1001']);
  });

  it('adds a new review on top once, and removes a deleted one everywhere', () => {
    const cache = createCache();
    cache.writeQuery({
      query: MovieReviewsDocument,
      variables,
      data: reviewsPage('42', [review(1), review(2)], 2, false),
    });
    const mine = review(0, 'rick');
    cache.writeFragment({ fragment: ReviewFieldsFragmentDoc, data: mine });
    const ref = { __ref: cache.identify(mine)! };

    addReviewToMovie(cache, '42', ref);
    addReviewToMovie(cache, '42', ref);
    expect(read(cache)).toEqual({ total: 3, ids: ['1000', '1001', '1002'], hasNext: false });

    removeReviewFromMovie(cache, '42', '1000');
    expect(read(cache)).toEqual({ total: 2, ids: ['1001', '1002'], hasNext: false });
    expect(cache.extract()['Review:1000']).toBeUndefined();
  });
});
