import { GraphQLError } from 'graphql';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  CreateReviewDocument,
  MovieDetailsDocument,
  MovieReviewsDocument,
  RateMovieDocument,
} from '../../__generated__/graphql';
import { distribution, movieDetails, review, reviewsPage } from '../../../test/fixtures';
import { renderWithApollo, viewerMock } from '../../../test/render';
import { MovieDetails } from './movie-details';

const detailsMock = (overrides = {}) => ({
  request: { query: MovieDetailsDocument, variables: { id: '42' } },
  result: { data: { movie: movieDetails(overrides) } },
});
const reviewsMock = (reviews = [review(1), review(2)]) => ({
  request: { query: MovieReviewsDocument, variables: { id: '42', first: 10, sort: 'NEWEST' } },
  result: { data: reviewsPage('42', reviews, reviews.length, false) },
});

const bucket = (score: number) =>
  within(screen.getByRole('list', { name: 'Rating distribution' }))
    .getAllByRole('listitem')
    .find((li) => li.dataset.score === String(score))!;
const countIn = (score: number) => bucket(score).querySelector('.count')!.textContent;

function renderDetails(mocks: unknown[], viewer = viewerMock()) {
  return renderWithApollo(<MovieDetails />, {
    mocks: [viewer, detailsMock(), reviewsMock(), ...(mocks as never[])],
    path: '/movies/42',
    route: '/movies/:id',
  });
}

describe('movie details: rating', () => {
  it('moves the stars and distribution at once (optimistic), then shows what the server says', async () => {
    // Meanwhile someone else rated 5: the server's answer, not our projection, is what stays.
    const serverStats = {
      __typename: 'Movie',
      id: '42',
      averageRating: 3.75,
      ratingCount: 4,
      myRating: 4,
      ratingDistribution: distribution({ 2: 1, 4: 2, 5: 1 }),
    };
    renderDetails([
      {
        request: { query: RateMovieDocument, variables: { input: { movieId: '42', score: 4 } } },
        result: { data: { rateMovie: serverStats } },
        // Long enough for a loaded machine to check the projection before the answer replaces it
        // (300 ms was not, once, in CI).
        delay: 2_000,
      },
    ]);
    await screen.findByText('Rate it');
    expect(countIn(4)).toBe('1');

    fireEvent.click(screen.getByRole('radio', { name: '4 stars' }));
    await screen.findByText('You rated it 4');
    // The projection, before the server has answered:
    expect(screen.getByText(/from 3 ratings/)).toBeTruthy();
    expect(countIn(4)).toBe('2');
    expect(screen.getByRole('radio', { name: '4 stars' }).getAttribute('aria-checked')).toBe('true');

    await screen.findByText(/from 4 ratings/, undefined, { timeout: 10_000 });
    expect(screen.getByText('★ 3.75')).toBeTruthy();
    expect(countIn(5)).toBe('1');
  });

  it('rolls back and explains when the server refuses', async () => {
    renderDetails([
      {
        request: { query: RateMovieDocument, variables: { input: { movieId: '42', score: 5 } } },
        result: {
          errors: [new GraphQLError('Too many ratings; wait a minute', { extensions: { code: 'TOO_MANY_REQUESTS' } })],
        },
        delay: 50,
      },
    ]);
    await screen.findByText('Rate it');
    fireEvent.click(screen.getByRole('radio', { name: '5 stars' }));
    await waitFor(() => expect(countIn(5)).toBe('1'));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Too many ratings; wait a minute');
    expect(countIn(5)).toBe('0');
    expect(screen.getByRole('radio', { name: '5 stars' }).getAttribute('aria-checked')).toBe('false');
  });

  it('moves focus with the arrow keys', async () => {
    renderDetails([]);
    await screen.findByText('Rate it');
    const first = screen.getByRole('radio', { name: '1 star' });
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: '3 stars' }));
  });

  it('sends a guest to the login page and back', async () => {
    renderDetails([], viewerMock(null));
    await screen.findByText('Log in to rate');
    fireEvent.click(screen.getByRole('radio', { name: '3 stars' }));
    expect(screen.getByTestId('path').textContent).toBe('/login?next=%2Fmovies%2F42');
  });
});

describe('movie details: reviews', () => {
  it('puts a new review first among the community reviews and makes it yours', async () => {
    const mine = { ...review(0, 'rick'), title: 'Here is looking at it', body: 'Holds up.' };
    renderDetails([
      {
        request: {
          query: CreateReviewDocument,
          variables: { input: { movieId: '42', title: mine.title, body: mine.body, containsSpoilers: false } },
        },
        result: { data: { createReview: mine } },
      },
    ]);
    await screen.findByRole('heading', { name: 'Reviews (2)' });
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: mine.title } });
    fireEvent.change(screen.getByLabelText('Review'), { target: { value: mine.body } });
    fireEvent.click(screen.getByRole('button', { name: 'Publish review' }));

    await screen.findByRole('heading', { name: 'Reviews (3)' });
    const titles = within(screen.getByRole('region', { name: 'Reviews (3)' }))
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles).toEqual(['Here is looking at it', 'Review 1', 'Review 2']);
    expect(within(screen.getByRole('region', { name: 'Your review' })).getByText('Holds up.')).toBeTruthy();
  });
});
