import { usualScore, type ItemModel } from './item-model';
import { topK } from './top-k';

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
/** A liked genre brings its best films only: genre alone is weak evidence, and genres are large. */
const GENRE_DEPTH = 200;

/** Scores per film in typed arrays, with the list of films that got one (no Map per request). */
class Scores {
  readonly value: Float64Array;
  readonly touched: number[] = [];
  max = 0;

  constructor(size: number) {
    this.value = new Float64Array(size);
  }

  add(film: number, amount: number): void {
    if (this.value[film] === 0) this.touched.push(film);
    this.value[film] += amount;
    if (this.value[film] > this.max) this.max = this.value[film];
  }
}

/**
 * Ranks films for one member from their own ratings (read fresh, so a new rating counts at
 * once) and the model's neighbours. Films in `exclude` (rated, reviewed, watchlisted) never come
 * back. Only films reached through a neighbour, a person or a genre are scored; the best rated
 * fill the rest of the list.
 */
export function recommend(model: ItemModel, own: OwnRating[], exclude: Set<number>, first: number): Suggestion[] {
  const films = model.movieIds.length;
  const rated = own.filter((rating) => model.index.has(rating.movieId));
  const mean = usualScore(
    rated.reduce((total, rating) => total + rating.score, 0),
    rated.length,
  );

  // Co-ratings: Σ similarity × how much the member liked the film they rated.
  const collaborative = new Scores(films);
  for (const rating of rated) {
    const i = model.index.get(rating.movieId)!;
    // Watching says something too: 3★ counts for a little, 5★ for most, 1★ against.
    const weight = rating.score - 2;
    for (let k = model.neighbourStart[i]; k < model.neighbourStart[i + 1]; k++)
      collaborative.add(model.neighbour[k], model.similarity[k] * weight);
  }

  // Content: the people and genres of films the member liked more than their usual.
  const content = new Scores(films);
  const byPeople = new Uint8Array(films);
  const personWeight = new Map<number, number>();
  const genreWeight = new Map<number, number>();
  for (const rating of rated) {
    const liking = rating.score - mean;
    if (liking <= 0) continue;
    const i = model.index.get(rating.movieId)!;
    for (const person of model.people[i]) personWeight.set(person, (personWeight.get(person) ?? 0) + liking);
    for (const genre of model.genres[i]) genreWeight.set(genre, (genreWeight.get(genre) ?? 0) + liking);
  }
  for (const [person, weight] of personWeight)
    for (const j of model.filmsByPerson.get(person) ?? []) {
      content.add(j, PERSON_WEIGHT * weight);
      byPeople[j] = 1;
    }
  for (const [genre, weight] of genreWeight)
    for (const j of (model.filmsByGenre.get(genre) ?? []).slice(0, GENRE_DEPTH))
      content.add(j, weight / model.genres[j].length);

  const memberConfidence = rated.length / (rated.length + MEMBER_CONFIDENCE);
  const quality = (j: number) => QUALITY_WEIGHT * ((model.quality[j] - 1) / 4);
  const blended = new Float64Array(films);
  const candidates: number[] = [];
  for (const j of [...collaborative.touched, ...content.touched]) {
    if (blended[j] !== 0 || exclude.has(model.movieIds[j])) continue;
    const filmConfidence = model.ratingCount[j] / (model.ratingCount[j] + FILM_CONFIDENCE);
    const trust = memberConfidence * filmConfidence;
    blended[j] =
      (trust * Math.max(collaborative.value[j], 0)) / (collaborative.max || 1) +
      ((1 - trust) * content.value[j]) / (content.max || 1) +
      quality(j) +
      Number.EPSILON; // never 0, so a film reached both ways is scored once

    candidates.push(j);
  }
  const byCount = (a: number, b: number) => model.ratingCount[b] - model.ratingCount[a] || a - b;
  const top = topK(candidates, candidates.length, blended, first, byCount);
  const picked = new Set(top);
  for (let q = 0; q < model.byQuality.length && top.length < first; q++) {
    const j = model.byQuality[q];
    if (picked.has(j) || exclude.has(model.movieIds[j])) continue;
    blended[j] = quality(j);
    top.push(j);
  }
  const best = blended[top[0]] || 1;

  return top.map((j) => {
    const because = strongestReasons(model, rated, j);
    let shared: Suggestion['shared'] = because.length ? 'ratings' : 'popular';
    if (!because.length && content.value[j] > 0) {
      shared = byPeople[j] ? 'people' : 'genres';
      because.push(...likedSharing(model, rated, j, shared === 'people'));
    }
    return { movieId: model.movieIds[j], score: Math.round((blended[j] / best) * 1000) / 1000, because, shared };
  });
}

/** The member's ratings that pushed film `j` up most through the neighbours (at most 3). */
function strongestReasons(model: ItemModel, rated: OwnRating[], j: number): OwnRating[] {
  const parts: Array<[OwnRating, number]> = [];
  for (const rating of rated) {
    const i = model.index.get(rating.movieId)!;
    for (let k = model.neighbourStart[i]; k < model.neighbourStart[i + 1]; k++) {
      const part = model.neighbour[k] === j ? model.similarity[k] * (rating.score - 2) : 0;
      if (part > 0) parts.push([rating, part]);
    }
  }
  return parts
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([rating]) => rating);
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
