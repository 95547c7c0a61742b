import { topK } from './top-k';
/**
 * Item-to-item collaborative filtering: films are neighbours when the same members watched them
 * (popularity-damped cosine) and rated them alike (adjusted cosine, Sarwar et al. 2001). Content
 * features serve the films and members the ratings say little about. Pure: the
 * server feeds it rows from the database, the offline evaluation feeds it generated tastes.
 */

export interface RatingRow {
  userId: number;
  movieId: number;
  score: number;
}

/** Ratings column by column: 200,000 of them take 1.8 MB instead of 200,000 objects. */
export interface RatingColumns {
  length: number;
  userId: Int32Array;
  movieId: Int32Array;
  score: Uint8Array;
}

export function toColumns(rows: RatingRow[]): RatingColumns {
  return {
    length: rows.length,
    userId: Int32Array.from(rows, (row) => row.userId),
    movieId: Int32Array.from(rows, (row) => row.movieId),
    score: Uint8Array.from(rows, (row) => row.score),
  };
}

export interface MovieFeatures {
  movieId: number;
  genreIds: number[];
  /** Director and main cast. */
  personIds: number[];
}

export interface ItemModel {
  /** Dense index per movie id, and back. */
  index: Map<number, number>;
  movieIds: Int32Array;
  genres: number[][];
  people: number[][];
  ratingCount: Int32Array;
  /** The average pulled towards the global mean by PRIOR_RATINGS phantom ratings. */
  quality: Float32Array;
  globalMean: number;
  /** Films per person and per genre, best quality first, for the content side. */
  filmsByPerson: Map<number, number[]>;
  filmsByGenre: Map<number, number[]>;
  /** Film indexes, best quality first: what fills a list the ratings say little about. */
  byQuality: Int32Array;
  /** Up to NEIGHBOURS most similar films per film, best first (CSR layout). */
  neighbourStart: Int32Array;
  neighbour: Int32Array;
  similarity: Float32Array;
}

export const NEIGHBOURS = 100;
/**
 * How much a neighbour's own audience discounts it (0.5 would be plain cosine): without it the
 * most watched films are everyone's neighbours (Aiolli 2013, asymmetric cosine).
 */
const POPULARITY_DAMPING = 0.65;
const PRIOR_RATINGS = 5;
/**
 * A member's usual score is their mean pulled towards the scale's midpoint by this many phantom
 * 3★ ratings: someone who has only given 5★ so far still has favourites.
 */
const USER_PRIOR = 3;
export const MIDPOINT = 3;
/** Cost bound: a member with thousands of ratings contributes their first this many to similarities. */
const MAX_ITEMS_PER_USER = 300;

export const usualScore = (sum: number, count: number) => (sum + USER_PRIOR * MIDPOINT) / (count + USER_PRIOR);

/** Builds the model; `pause` (if given) is awaited now and then so a server keeps answering meanwhile. */
export async function buildItemModel(
  ratings: RatingColumns,
  movies: MovieFeatures[],
  pause?: () => Promise<void>,
): Promise<ItemModel> {
  const index = new Map<number, number>();
  movies.forEach((movie, i) => index.set(movie.movieId, i));
  const itemCount = movies.length;
  const ratingCount = new Int32Array(itemCount);
  const ratingSum = new Float64Array(itemCount);

  // Members, densely numbered, with their ratings' sums for the centring mean.
  const userIndex = new Map<number, number>();
  const userSum: number[] = [];
  const userCount: number[] = [];
  let total = 0;
  let known = 0;
  for (let r = 0; r < ratings.length; r++) {
    const item = index.get(ratings.movieId[r]);
    if (item === undefined) continue;
    const score = ratings.score[r];
    let user = userIndex.get(ratings.userId[r]);
    if (user === undefined) {
      user = userSum.length;
      userIndex.set(ratings.userId[r], user);
      userSum.push(0);
      userCount.push(0);
    }
    userSum[user] += score;
    userCount[user] += 1;
    ratingCount[item] += 1;
    ratingSum[item] += score;
    total += score;
    known += 1;
  }
  const globalMean = known ? total / known : 3;
  const quality = new Float32Array(itemCount);
  for (let i = 0; i < itemCount; i++)
    quality[i] = (ratingSum[i] + PRIOR_RATINGS * globalMean) / (ratingCount[i] + PRIOR_RATINGS);

  // Centred scores by member (CSR) and by film (CSR), capped per member.
  const users = userSum.length;
  const kept = userCount.map((count) => Math.min(count, MAX_ITEMS_PER_USER));
  const userStart = new Int32Array(users + 1);
  for (let u = 0; u < users; u++) userStart[u + 1] = userStart[u] + kept[u];
  const userItem = new Int32Array(userStart[users]);
  const userDev = new Float32Array(userStart[users]);
  const fill = new Int32Array(users);
  const itemRaters = new Int32Array(itemCount);
  for (let r = 0; r < ratings.length; r++) {
    const item = index.get(ratings.movieId[r]);
    if (item === undefined) continue;
    const user = userIndex.get(ratings.userId[r])!;
    if (fill[user] >= kept[user]) continue;
    const at = userStart[user] + fill[user]++;
    userItem[at] = item;
    userDev[at] = ratings.score[r] - usualScore(userSum[user], userCount[user]);
    itemRaters[item] += 1;
  }
  const itemStart = new Int32Array(itemCount + 1);
  for (let i = 0; i < itemCount; i++) itemStart[i + 1] = itemStart[i] + itemRaters[i];
  const itemUser = new Int32Array(itemStart[itemCount]);
  const itemDev = new Float32Array(itemStart[itemCount]);
  const itemFill = new Int32Array(itemCount);
  const norm = new Float64Array(itemCount);
  for (let u = 0; u < users; u++) {
    for (let k = userStart[u]; k < userStart[u + 1]; k++) {
      const item = userItem[k];
      const at = itemStart[item] + itemFill[item]++;
      itemUser[at] = u;
      itemDev[at] = userDev[k];
      norm[item] += userDev[k] * userDev[k];
    }
  }
  for (let i = 0; i < itemCount; i++) norm[i] = Math.sqrt(norm[i]);
  const raters = (i: number) => itemStart[i + 1] - itemStart[i];

  // For each film, accumulate dot products with every film its raters also rated.
  const dot = new Float64Array(itemCount);
  const together = new Int32Array(itemCount);
  const touched = new Int32Array(itemCount);
  const strength = new Float64Array(itemCount);
  const neighbourStart = new Int32Array(itemCount + 1);
  const neighbour: number[] = [];
  const similarity: number[] = [];
  for (let i = 0; i < itemCount; i++) {
    if (pause && i % 250 === 249) await pause();
    let touchedCount = 0;
    for (let a = itemStart[i]; a < itemStart[i + 1]; a++) {
      const u = itemUser[a];
      const devI = itemDev[a];
      for (let k = userStart[u]; k < userStart[u + 1]; k++) {
        const j = userItem[k];
        if (j === i) continue;
        if (together[j] === 0) touched[touchedCount++] = j;
        together[j] += 1;
        dot[j] += devI * userDev[k];
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const j = touched[t];
      // Watched together (asymmetric cosine: a neighbour everyone watched counts for less) ...
      const watchedTogether =
        together[j] / (Math.pow(raters(i), 1 - POPULARITY_DAMPING) * Math.pow(raters(j), POPULARITY_DAMPING));
      // ... and liked alike (adjusted cosine, -1..1, mapped to 0..1).
      const denominator = norm[i] * norm[j];
      const likedAlike = denominator > 0 ? (1 + dot[j] / denominator) / 2 : 0.5;
      strength[j] = watchedTogether * likedAlike;
      dot[j] = 0;
      together[j] = 0;
    }
    for (const j of topK(touched, touchedCount, strength, NEIGHBOURS)) {
      if (strength[j] <= 0) break;
      neighbour.push(j);
      similarity.push(strength[j]);
    }
    neighbourStart[i + 1] = neighbour.length;
  }

  const byQuality = Int32Array.from(movies.keys()).sort(
    (a, b) => quality[b] - quality[a] || ratingCount[b] - ratingCount[a] || a - b,
  );
  // Filed in quality order, so each person's and genre's films come best first.
  const filmsByPerson = new Map<number, number[]>();
  const filmsByGenre = new Map<number, number[]>();
  const file = (byKey: Map<number, number[]>, key: number, film: number) => {
    const films = byKey.get(key);
    if (films) films.push(film);
    else byKey.set(key, [film]);
  };
  for (const i of byQuality) {
    for (const person of movies[i].personIds) file(filmsByPerson, person, i);
    for (const genre of movies[i].genreIds) file(filmsByGenre, genre, i);
  }
  return {
    index,
    filmsByPerson,
    filmsByGenre,
    byQuality,
    movieIds: Int32Array.from(movies.map((movie) => movie.movieId)),
    genres: movies.map((movie) => movie.genreIds),
    people: movies.map((movie) => movie.personIds),
    ratingCount,
    quality,
    globalMean,
    neighbourStart,
    neighbour: Int32Array.from(neighbour),
    similarity: Float32Array.from(similarity),
  };
}
