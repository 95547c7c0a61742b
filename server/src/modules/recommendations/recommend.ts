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

/**
 * Ranks films for one member from their own ratings (read fresh, so a new rating counts at
 * once) and the model's neighbours. Films in `exclude` (rated, reviewed, watchlisted) never come back.
 */
export function recommend(model: ItemModel, own: OwnRating[], exclude: Set<number>, first: number): Suggestion[] {
  const items = model.movieIds.length;
  const rated = own.filter((rating) => model.index.has(rating.movieId));
  const sum = rated.reduce((total, rating) => total + rating.score, 0);
  const mean = usualScore(sum, rated.length);

  // Co-ratings: Σ similarity × how much the member liked the film they rated.
  const collaborative = new Float64Array(items);
  const contributions = new Map<number, Array<[number, number]>>();
  for (const rating of rated) {
    const i = model.index.get(rating.movieId)!;
    // Watching says something too: 3★ counts for a little, 5★ for most, 1★ against.
    const weight = rating.score - 2;
    for (let k = model.neighbourStart[i]; k < model.neighbourStart[i + 1]; k++) {
      const j = model.neighbour[k];
      const part = model.similarity[k] * weight;
      collaborative[j] += part;
      if (part > 0) {
        const list = contributions.get(j) ?? [];
        list.push([i, part]);
        contributions.set(j, list);
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
    for (const person of model.people[i]) personWeight.set(person, (personWeight.get(person) ?? 0) + liking);
    for (const genre of model.genres[i]) genreWeight.set(genre, (genreWeight.get(genre) ?? 0) + liking);
  }
  const content = new Float64Array(items);
  const sharedPeople = new Uint8Array(items);
  if (personWeight.size || genreWeight.size) {
    for (let j = 0; j < items; j++) {
      let people = 0;
      for (const person of model.people[j]) people += personWeight.get(person) ?? 0;
      let genres = 0;
      for (const genre of model.genres[j]) genres += genreWeight.get(genre) ?? 0;
      if (model.genres[j].length) genres /= model.genres[j].length;
      content[j] = PERSON_WEIGHT * people + genres;
      sharedPeople[j] = people > 0 ? 1 : 0;
    }
  }

  const maxOf = (values: Float64Array) => values.reduce((max, value) => (value > max ? value : max), 0) || 1;
  const cfMax = maxOf(collaborative);
  const contentMax = maxOf(content);
  const memberConfidence = rated.length / (rated.length + MEMBER_CONFIDENCE);
  const scored: Array<[number, number]> = [];
  for (let j = 0; j < items; j++) {
    if (exclude.has(model.movieIds[j])) continue;
    const filmConfidence = model.ratingCount[j] / (model.ratingCount[j] + FILM_CONFIDENCE);
    const trust = memberConfidence * filmConfidence;
    const blended =
      (trust * Math.max(collaborative[j], 0)) / cfMax +
      (1 - trust) * (content[j] / contentMax) +
      QUALITY_WEIGHT * ((model.quality[j] - 1) / 4);
    scored.push([j, blended]);
  }
  scored.sort((a, b) => b[1] - a[1] || model.ratingCount[b[0]] - model.ratingCount[a[0]] || a[0] - b[0]);
  const top = scored.slice(0, first);
  const best = top[0]?.[1] || 1;
  const ownByItem = new Map(rated.map((rating) => [model.index.get(rating.movieId)!, rating]));

  return top.map(([j, value]) => {
    const because = (contributions.get(j) ?? [])
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([i]) => ownByItem.get(i)!);
    let shared: Suggestion['shared'] = because.length ? 'ratings' : 'popular';
    if (!because.length && content[j] > 0) {
      shared = sharedPeople[j] ? 'people' : 'genres';
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
