import {
  buildItemModel,
  toColumns,
  type MovieFeatures,
  type RatingRow,
} from '../src/modules/recommendations/item-model';
import { recommend } from '../src/modules/recommendations/recommend';
import { rng } from './scale-dataset';

/**
 * Offline evaluation of `recommendedForMe`'s ranking: members with hidden tastes (latent factors)
 * rate films their tastes and the films' popularity draw them to; 20 % of each member's ratings
 * are held out, and each method's top 10 is compared with the held-out films the member liked
 * (4★ or 5★). Baselines: the most rated films, and random films (both never the member's own).
 */
const FILMS = 1_500;
const MEMBERS = 1_500;
const FACTORS = 8;
const DIRECTORS_PER_GENRE = 30;
const HOLD_OUT = 0.2;
const TOP = 10;

export interface QualityRow {
  method: string;
  'precision@10': number;
  'recall@10': number;
  'members evaluated': number;
}

function gaussian(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

/** The generated world: films with features, members' ratings split into training and held-out. */
export function generateTastes(seed = 2026, tasteWeight = 4) {
  const next = rng(seed);
  const film = Array.from({ length: FILMS }, (_, i) => {
    const vector = Array.from({ length: FACTORS }, () => gaussian(next));
    const ranked = vector.map((value, k) => [value, k] as const).sort((a, b) => b[0] - a[0]);
    const genre = ranked[0][1];
    return {
      id: i + 1,
      vector,
      bias: 0.4 * gaussian(next),
      // Popularity falls off with rank (Zipf-like), independently of taste.
      popularity: 1 / Math.pow(1 + Math.floor(next() * FILMS), 0.8),
      genres: next() < 0.5 ? [genre] : [genre, ranked[1][1]],
      director: 1000 + genre * DIRECTORS_PER_GENRE + Math.floor(next() * DIRECTORS_PER_GENRE),
    };
  });
  const features: MovieFeatures[] = film.map((f) => ({ movieId: f.id, genreIds: f.genres, personIds: [f.director] }));
  const training: RatingRow[] = [];
  const heldOut = new Map<number, RatingRow[]>();
  for (let member = 1; member <= MEMBERS; member++) {
    const taste = Array.from({ length: FACTORS }, () => gaussian(next));
    const affinity = film.map((f) => f.vector.reduce((sum, value, k) => sum + value * taste[k], 0) / FACTORS);
    const count = 20 + Math.floor(80 * next() ** 2);
    // Members watch what they expect to like, and what is popular (Gumbel top-k sampling).
    const watched = film
      .map((f, i) => ({ f, i, key: Math.log(f.popularity) + tasteWeight * affinity[i] - Math.log(-Math.log(next())) }))
      .sort((a, b) => b.key - a.key)
      .slice(0, count);
    for (const { f, i } of watched) {
      const raw = 3.2 + 5 * affinity[i] + f.bias + 0.6 * gaussian(next);
      const rating = { userId: member, movieId: f.id, score: Math.min(5, Math.max(1, Math.round(raw))) };
      if (next() < HOLD_OUT) heldOut.set(member, [...(heldOut.get(member) ?? []), rating]);
      else training.push(rating);
    }
  }
  return { features, training, heldOut };
}

export async function evaluateRecommendations(
  seed = 2026,
  tasteWeight = 4,
): Promise<{ rows: QualityRow[]; ratings: number }> {
  const { features, training, heldOut } = generateTastes(seed, tasteWeight);
  const model = await buildItemModel(toColumns(training), features);
  const byMember = new Map<number, RatingRow[]>();
  for (const rating of training) byMember.set(rating.userId, [...(byMember.get(rating.userId) ?? []), rating]);
  const counts = new Map<number, number>();
  for (const rating of training) counts.set(rating.movieId, (counts.get(rating.movieId) ?? 0) + 1);
  const popular = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
  const random = rng(7);

  const methods: Record<string, (own: RatingRow[], seen: Set<number>) => number[]> = {
    'MyMDB (item-to-item + content)': (own, seen) => recommend(model, own, seen, TOP).map((pick) => pick.movieId),
    'most popular': (_, seen) => popular.filter((id) => !seen.has(id)).slice(0, TOP),
    random: (_, seen) => {
      const picked = new Set<number>();
      while (picked.size < TOP) {
        const id = 1 + Math.floor(random() * FILMS);
        if (!seen.has(id)) picked.add(id);
      }
      return [...picked];
    },
  };
  const rows: QualityRow[] = [];
  for (const [method, pick] of Object.entries(methods)) {
    let precision = 0;
    let recall = 0;
    let members = 0;
    for (const [member, held] of heldOut) {
      const liked = new Set(held.filter((rating) => rating.score >= 4).map((rating) => rating.movieId));
      if (liked.size === 0) continue;
      const own = byMember.get(member) ?? [];
      const hits = pick(own, new Set(own.map((rating) => rating.movieId))).filter((id) => liked.has(id)).length;
      precision += hits / TOP;
      recall += hits / liked.size;
      members++;
    }
    rows.push({
      method,
      'precision@10': Math.round((1000 * precision) / members) / 1000,
      'recall@10': Math.round((1000 * recall) / members) / 1000,
      'members evaluated': members,
    });
  }
  return { rows, ratings: training.length + [...heldOut.values()].reduce((sum, list) => sum + list.length, 0) };
}
