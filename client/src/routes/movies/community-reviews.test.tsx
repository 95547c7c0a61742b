import { fireEvent, screen, waitFor } from '@testing-library/react';
import { MovieReviewsDocument } from '../../__generated__/graphql';
import { review, reviewsPage } from '../../../test/fixtures';
import { renderWithApollo, viewerMock } from '../../../test/render';
import { CommunityReviews } from './community-reviews';

describe('community reviews pagination', () => {
  it('appends the next page after the last cursor and hides the button at the end', async () => {
    const firstPage = Array.from({ length: 10 }, (_, i) => review(i + 1));
    const secondPage = [review(11), review(12)];
    renderWithApollo(<CommunityReviews movieId="42" />, {
      mocks: [
        viewerMock(),
        {
          request: { query: MovieReviewsDocument, variables: { id: '42', first: 10, sort: 'NEWEST' } },
          result: { data: reviewsPage('42', firstPage, 12, true) },
        },
        {
          request: {
            query: MovieReviewsDocument,
            variables: { id: '42', first: 10, sort: 'NEWEST', after: 'cursor-1010' },
          },
          result: { data: reviewsPage('42', secondPage, 12, false) },
        },
      ],
    });
    await screen.findByRole('heading', { name: 'Reviews (12)' });
    expect(screen.getAllByRole('article')).toHaveLength(10);

    fireEvent.click(screen.getByRole('button', { name: 'More reviews' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(12));
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(
      Array.from({ length: 12 }, (_, i) => `Review ${i + 1}`),
    );
    expect(screen.queryByRole('button', { name: 'More reviews' })).toBeNull();
  });
});
