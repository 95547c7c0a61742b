import { usualScore, type ItemModel } from './item-model';

export interface OwnRating {
  movieId: number;
  score: number;
}

export interface Suggestion {
  movieId: number;
  /** 0..1, comparable within one member's list. */
  score: number;
  /** The member's own ratings that led here, strongest first (at most 3). */
  because: OwnRating[];
  /** What the films have in common when the reason is content, not co-ratings. */
  shared: 'ratings' | 'people' | 'genres' | 'popular';
}

/** Confidence in co-ratings grows with the member's ratings and with the film's. */
const MEMBER_CONFIDENCE = 3;
const FILM_CONFIDENCE = 5;
const QUALITY_WEIGHT = 0.15;
const PERSON_WEIGHT = 2;

const add = (scores: Map<number, number>, key: number, value: number) =>
  scores.set(key, (scores.get(key) ?? 0) + value);
function largest(scores: Map<number, number>): number {
  let max = 0;
  for (const value of scores.values()) if (value > max) max = value;
  return max || 1;
}

/**
 * Ranks films for one member from their own ratings (read fresh, so a new rating counts at
 * once) and the model's neighbours. Films in `exclude` (rated, reviewed, watchlisted) never come
 * back. Only films reached through a neighbour, a person or a genre are scored; the best rated
 * fill the rest of the list.
 */
export function recommend(model: ItemModel, own: OwnRating[], exclude: Set<number>, first: number): Suggestion[] {
  const rated = own.filter((rating) => model.index.has(rating.movieId));
  const mean = usualScore(
    rated.reduce((total, rating) => total + rating.score, 0),
    rated.length,
  );

  // Co-ratings: Σ similarity × how much the member liked the film they rated.
  const collaborative = new Map<number, number>();
  const contributions = new Map<number, Array<[number, number]>>();
  for (const rating of rated) {
    const i = model.index.get(rating.movieId)!;
    // Watching says something too: 3★ counts for a little, 5★ for most, 1★ against.
    const weight = rating.score - 2;
    for (let k = model.neighbourStart[i]; k < model.neighbourStart[i + 1]; k++) {
      const j = model.neighbour[k];
      const part = model.similarity[k] * weight;
      add(collaborative, j, part);
      if (part > 0) {
        const list = contributions.get(j);
        if (list) list.push([i, part]);
        else contributions.set(j, [[i, part]]);
      }
    }
  }

  // Content: the people and genres of films the member liked more than their usual.
  const personWeight = new Map<number, number>();
  const genreWeight = new Map<number, number>();
  for (const rating of rated) {
    const liking = rating.score - mean;
    if (liking <= 0) continue;
    const i = model.index.get(rating.movieId)!;
    for (const person of model.people[i]) add(personWeight, person, liking);
    for (const genre of model.genres[i]) add(genreWeight, genre, liking);
  }
  const byPeople = new Map<number, number>();
  for (const [person, weight] of personWeight)
    for (const j of model.filmsByPerson.get(person) ?? []) add(byPeople, j, PERSON_WEIGHT * weight);
  const content = new Map(byPeople);
  for (const [genre, weight] of genreWeight)
    for (const j of model.filmsByGenre.get(genre) ?? []) add(content, j, weight / model.genres[j].length);

  const cfMax = largest(collaborative);
  const contentMax = largest(content);
  const memberConfidence = rated.length / (rated.length + MEMBER_CONFIDENCE);
  const quality = (j: number) => QUALITY_WEIGHT * ((model.quality[j] - 1) / 4);
  const scored: Array<[number, number]> = [];
  for (const j of new Set([...collaborative.keys(), ...content.keys()])) {
    if (exclude.has(model.movieIds[j])) continue;
    const filmConfidence = model.ratingCount[j] / (model.ratingCount[j] + FILM_CONFIDENCE);
    const trust = memberConfidence * filmConfidence;
    const blended =
      (trust * Math.max(collaborative.get(j) ?? 0, 0)) / cfMax +
      ((1 - trust) * (content.get(j) ?? 0)) / contentMax +
      quality(j);
    scored.push([j, blended]);
  }
  scored.sort((a, b) => b[1] - a[1] || model.ratingCount[b[0]] - model.ratingCount[a[0]] || a[0] - b[0]);
  const top = scored.slice(0, first);
  const picked = new Set(top.map(([j]) => j));
  for (let q = 0; q < model.byQuality.length && top.length < first; q++) {
    const j = model.byQuality[q];
    if (!picked.has(j) && !exclude.has(model.movieIds[j])) top.push([j, quality(j)]);
  }
  const best = top[0]?.[1] || 1;
  const ownByItem = new Map(rated.map((rating) => [model.index.get(rating.movieId)!, rating]));

  return top.map(([j, value]) => {
    const because = (contributions.get(j) ?? [])
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([i]) => ownByItem.get(i)!);
    let shared: Suggestion['shared'] = because.length ? 'ratings' : 'popular';
    if (!because.length && (content.get(j) ?? 0) > 0) {
      shared = byPeople.has(j) ? 'people' : 'genres';
      because.push(...likedSharing(model, rated, j, shared === 'people'));
    }
    return { movieId: model.movieIds[j], score: Math.round((value / best) * 1000) / 1000, because, shared };
  });
}

/** The member's best-rated films sharing a person (or else a genre) with film `j`. */
function likedSharing(model: ItemModel, rated: OwnRating[], j: number, byPerson: boolean): OwnRating[] {
  const wanted = new Set(byPerson ? model.people[j] : model.genres[j]);
  return rated
    .filter((rating) => {
      const i = model.index.get(rating.movieId)!;
      return (byPerson ? model.people[i] : model.genres[i]).some((id) => wanted.has(id)) && rating.score >= 4;
    })
    .sort((a, b) => b.score - a.score || a.movieId - b.movieId)
    .slice(0, 2);
}
