import { movieFromRow } from './catalogue.rows';
import { keepRelations, type MovieRelations } from './movie-relations';

const CARD_RELATIONS: MovieRelations = { director: true, cast: true, genres: true, lean: true, companions: [] };

const rowWith = (director: string | null, cast: string, genres: string) => ({
  id: 7,
  title: 'Stalker',
  director_id: 3,
  with_director: director,
  with_cast: cast,
  with_genres: genres,
});

/** What keepRelations keeps of a row read with every card relation. */
const keptOf = (row: Record<string, unknown>) => keepRelations(movieFromRow(row), row, CARD_RELATIONS);

/** The cards' decoded views are remembered by the cards' text (see decodedCards). */
describe('keepRelations', () => {
  const director = '{"id":3,"first_name":"Andrei","last_name":"Tarkovsky"}';
  const cast =
    '[{"id":4,"first_name":"Alisa","last_name":"Freyndlikh"},{"id":5,"first_name":"Anatoly","last_name":"Solonitsyn"}]';
  const genres = '[{"id":1,"name":"Drama"},{"id":2,"name":"Science Fiction"}]';

  it('decodes a card into views, shared and frozen for every row with the same text', () => {
    const first = keptOf(rowWith(director, cast, genres));
    // New strings with the same text, as the driver returns them for every read.
    const second = keptOf(rowWith(` ${director}`.slice(1), ` ${cast}`.slice(1), ` ${genres}`.slice(1)));
    expect(first.director).toMatchObject({
      id: 3,
      firstName: 'Andrei',
      lastName: 'Tarkovsky',
      name: 'Andrei Tarkovsky',
    });
    expect(first.cast!.map((person) => person.name)).toEqual(['Alisa Freyndlikh', 'Anatoly Solonitsyn']);
    expect(first.genres!.map((genre) => genre.name)).toEqual(['Drama', 'Science Fiction']);
    expect(second.director).toBe(first.director);
    expect(second.cast).toBe(first.cast);
    expect(second.genres).toBe(first.genres);
    expect(() => first.cast!.push(first.cast![0])).toThrow(TypeError);
    expect(() => Object.assign(first.cast![0], { firstName: 'changed' })).toThrow(TypeError);
  });

  it('decodes a changed card again: new text, new views', () => {
    const renamed = director.replace('Andrei', 'Andrey');
    const before = keptOf(rowWith(director, cast, genres));
    const after = keptOf(rowWith(renamed, cast, genres));
    expect(after.director).not.toBe(before.director);
    expect(after.director?.name).toBe('Andrey Tarkovsky');
    expect(after.cast).toBe(before.cast);
  });

  it('gives no director when the film has none or its card holds none', () => {
    const kept = keptOf({ ...rowWith(director, '[]', '[]'), director_id: null });
    expect(kept.director).toBeNull();
    expect(kept.cast).toEqual([]);
    for (const card of [null, 'null']) expect(keptOf(rowWith(card, cast, genres)).director).toBeNull();
  });
});
