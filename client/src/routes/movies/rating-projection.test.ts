import { distribution } from '../../../test/fixtures';
import { projectRating } from './rating-projection';

describe('projectRating', () => {
  const movie = {
    id: '42',
    averageRating: 3,
    ratingCount: 2,
    myRating: null,
    ratingDistribution: distribution({ 2: 1, 4: 1 }),
  };

  it('adds a first rating', () => {
    expect(projectRating(movie, 5)).toMatchObject({
      myRating: 5,
      ratingCount: 3,
      averageRating: 3.67,
      ratingDistribution: distribution({ 2: 1, 4: 1, 5: 1 }),
    });
  });

  it('moves a changed rating from one bucket to the other', () => {
    const rated = { ...movie, myRating: 4 };
    expect(projectRating(rated, 1)).toMatchObject({
      myRating: 1,
      ratingCount: 2,
      averageRating: 1.5,
      ratingDistribution: distribution({ 1: 1, 2: 1 }),
    });
  });

  it('removes a rating, down to no ratings at all', () => {
    const only = { id: '7', averageRating: 5, ratingCount: 1, myRating: 5, ratingDistribution: distribution({ 5: 1 }) };
    expect(projectRating(only, null)).toMatchObject({
      myRating: null,
      ratingCount: 0,
      averageRating: null,
      ratingDistribution: distribution({}),
    });
  });
});
