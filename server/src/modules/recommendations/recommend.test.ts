import { buildItemModel, toColumns, type MovieFeatures, type RatingRow } from './item-model';
import { recommend } from './recommend';

/** Films 1-6 are space films by director 100, 11-16 period dramas by director 200; 7 and 17 nobody rated yet. */
const FILMS: MovieFeatures[] = [
  ...[1, 2, 3, 4, 5, 6, 7].map((id) => ({ movieId: id, genreIds: [1], personIds: [id === 7 ? 100 : 100 + id] })),
  ...[11, 12, 13, 14, 15, 16, 17].map((id) => ({
    movieId: id,
    genreIds: [2],
    personIds: [id === 17 ? 200 : 200 + id],
  })),
];

/** Two camps of members: each loves its own films and dislikes the other camp's. */
function camps(): RatingRow[] {
  const ratings: RatingRow[] = [];
  for (let user = 1; user <= 20; user++) {
    const space = user <= 10;
    for (const film of [1, 2, 3, 4, 5, 6]) ratings.push({ userId: user, movieId: film, score: space ? 5 : 2 });
    for (const film of [11, 12, 13, 14, 15, 16]) ratings.push({ userId: user, movieId: film, score: space ? 2 : 5 });
  }
  return ratings;
}

describe('item-to-item recommendations', () => {
  it('recommends what members with the same taste liked, and says which ratings led there', async () => {
    const model = await buildItemModel(toColumns(camps()), FILMS);
    const own = [
      { movieId: 1, score: 5 },
      { movieId: 2, score: 5 },
      { movieId: 11, score: 1 },
    ];
    const picks = recommend(model, own, new Set([1, 2, 11]), 5);
    expect(
      picks
        .slice(0, 4)
        .map((pick) => pick.movieId)
        .sort(),
    ).toEqual([3, 4, 5, 6]);
    expect(picks[0].score).toBe(1);
    expect(picks[0].shared).toBe('ratings');
    expect(picks[0].because.map((rating) => rating.movieId).sort()).toEqual([1, 2]);
    // A film rated with the other camp never shows up as "because".
    expect(picks.flatMap((pick) => pick.because).some((rating) => rating.movieId === 11)).toBe(false);
  });

  it('never returns an excluded film', async () => {
    const model = await buildItemModel(toColumns(camps()), FILMS);
    const exclude = new Set([3, 4, 5]);
    const picks = recommend(model, [{ movieId: 1, score: 5 }], exclude, 20);
    expect(picks.some((pick) => exclude.has(pick.movieId))).toBe(false);
    expect(picks.some((pick) => pick.movieId === 1)).toBe(true); // exclusion is the caller's job: 1 was not excluded
  });

  it('reaches a film nobody rated through the people of the member’s favourites', async () => {
    // Director 100 made film 1 and the unrated film 7.
    const withDirector = FILMS.map((film) => (film.movieId === 1 ? { ...film, personIds: [100] } : film));
    const model = await buildItemModel(toColumns(camps()), withDirector);
    expect(model.ratingCount[model.index.get(7)!]).toBe(0);
    const picks = recommend(model, [{ movieId: 1, score: 5 }], new Set([1, 2, 3, 4, 5, 6]), 3);
    expect(picks[0]).toMatchObject({ movieId: 7, shared: 'people', because: [{ movieId: 1, score: 5 }] });
  });

  it('falls back to what members rate highly for someone with no ratings', async () => {
    const ratings = camps().filter((rating) => rating.userId <= 13); // the space camp is the majority now
    const model = await buildItemModel(toColumns(ratings), FILMS);
    const picks = recommend(model, [], new Set(), 3);
    expect(picks.every((pick) => pick.shared === 'popular' && pick.because.length === 0)).toBe(true);
    expect(picks.map((pick) => pick.movieId).every((id) => id <= 6)).toBe(true);
  });
});
