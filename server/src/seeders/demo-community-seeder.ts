import type { Knex } from '@mikro-orm/knex';
import type { Em } from '../db/orm';
import { dbTimestamp } from '../db/dialect';
import { usernameKey, usernameSkeleton } from '../modules/accounts/username';
import { logger } from '../modules/common/logger';
import { toNumber, type Row } from '../modules/common/row-mapping';
import { recomputeRatingStats } from '../modules/reviews/rating.service';
import { DEMO_MEMBERS, DEMO_REVIEWS, type DemoMember } from './demo-community';
import { DEMO_MOVIES } from './demo-movies';

const DEMO_DOMAIN = 'demo.mymdb.invalid';
const DAY = 86_400_000;

/** Deterministic numbers per seed string, so every first start builds the same community. */
function random(seed: string): () => number {
  let state = [...seed].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16_777_619) >>> 0, 2_166_136_261);
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** How much a member likes a film, in stars above their usual. */
function affinity(member: DemoMember, genres: string[], director: string | null): number {
  const byGenre = genres.reduce((sum, genre) => sum + (member.likes[genre] ?? 0), 0) / Math.sqrt(genres.length || 1);
  return byGenre + (director && member.directors.includes(director) ? 1 : 0);
}

/** Each member rates the films their taste draws them to; scores follow the same taste, plus noise. */
export function demoRatings(): Array<{ username: string; film: string; score: number; daysAgo: number }> {
  const ratings: Array<{ username: string; film: string; score: number; daysAgo: number }> = [];
  const consensus = random('consensus');
  const filmBias = new Map(DEMO_MOVIES.map(([title, year]) => [`${title}|${year}`, consensus() * 0.8 - 0.2]));
  for (const member of DEMO_MEMBERS) {
    const next = random(member.username);
    const picked = DEMO_MOVIES.map(([title, year, director, , genres]) => {
      const like = affinity(member, genres, director);
      return { film: `${title}|${year}`, like, draw: Math.exp(0.9 * like) * (0.3 + next()) };
    })
      .sort((a, b) => b.draw - a.draw)
      .slice(0, member.films);
    for (const { film, like } of picked) {
      const raw = 3.3 + filmBias.get(film)! + 0.9 * like + (next() - 0.5) * 1.4;
      ratings.push({
        username: member.username,
        film,
        score: Math.min(5, Math.max(1, Math.round(raw))),
        daysAgo: Math.floor(next() * 180),
      });
    }
  }
  return ratings;
}

/**
 * Loads the demo community into a catalogue that has the demo films: members, ratings, reviews
 * (with their scores), helpful votes and public watchlists. Skipped when a demo member exists.
 */
export async function seedDemoCommunity(em: Em): Promise<void> {
  const knex = em.getKnex();
  if (await knex('app_user').where('email', 'like', `%@${DEMO_DOMAIN}`).first('id')) return;
  const movies: Row[] = await knex('movie').select('id', 'title', 'release_year');
  const movieId = new Map(
    movies.map((row) => [`${String(row.title)}|${toNumber(row.release_year)}`, toNumber(row.id)]),
  );
  const now = Date.now();
  const at = (daysAgo: number) => dbTimestamp(em, now - daysAgo * DAY);

  await em.transactional(async (tx) => {
    const trx = tx.getTransactionContext<Knex.Transaction>()!;
    const run = (table: string, rows: Row[]) => (rows.length ? trx(table).insert(rows) : Promise.resolve());
    await run(
      'app_user',
      DEMO_MEMBERS.map((member, i) => ({
        username: member.username,
        username_key: usernameKey(member.username),
        username_skeleton: usernameSkeleton(member.username),
        email: `${member.username}@${DEMO_DOMAIN}`,
        // Not an argon2 hash: no password matches it, so a demo member cannot be logged in as.
        password_hash: '!demo-member',
        is_admin: false,
        is_active: true,
        token_version: 0,
        watchlist_public: member.watchlistPublic ?? false,
        created_at: at(200 + i * 3),
      })),
    );
    const users = (await trx('app_user').select('id', 'username').where('email', 'like', `%@${DEMO_DOMAIN}`)) as Row[];
    const userId = new Map(users.map((row) => [String(row.username), toNumber(row.id)]));

    // Reviewed films carry the reviewer's score from the review.
    const scores = new Map<string, { score: number; daysAgo: number }>();
    for (const rating of demoRatings()) scores.set(`${rating.username}|${rating.film}`, rating);
    DEMO_REVIEWS.forEach((review, i) => {
      scores.set(`${review.username}|${review.film.join('|')}`, { score: review.score, daysAgo: 2 + i * 2 });
    });
    const ratingRows: Row[] = [];
    for (const [key, { score, daysAgo }] of scores) {
      const [username, title, year] = key.split('|');
      const film = movieId.get(`${title}|${year}`);
      if (film === undefined) continue;
      ratingRows.push({
        user_id: userId.get(username),
        movie_id: film,
        score,
        created_at: at(daysAgo),
        updated_at: at(daysAgo),
      });
    }
    // Oldest first, so ids follow time as they do for real members.
    ratingRows.sort((a, b) => Number(b.days_ago) - Number(a.days_ago));
    for (const row of ratingRows) delete row.days_ago;
    for (let i = 0; i < ratingRows.length; i += 200) await run('rating', ratingRows.slice(i, i + 200));

    const reviewRows = [...DEMO_REVIEWS].reverse().flatMap((review, i) => {
      const film = movieId.get(review.film.join('|'));
      if (film === undefined) return [];
      return [
        {
          user_id: userId.get(review.username),
          movie_id: film,
          title: review.title,
          body: review.body,
          contains_spoilers: review.containsSpoilers ?? false,
          helpful_count: 0,
          created_at: at(2 + (DEMO_REVIEWS.length - 1 - i) * 2),
          updated_at: at(2 + (DEMO_REVIEWS.length - 1 - i) * 2),
        },
      ];
    });
    await run('review', reviewRows);
    const reviews = (await trx('review')
      .select('id', 'user_id', 'movie_id')
      .whereIn('user_id', [...userId.values()])) as Row[];
    const reviewId = new Map(
      reviews.map((row) => [`${toNumber(row.user_id)}|${toNumber(row.movie_id)}`, toNumber(row.id)]),
    );
    const votes = DEMO_REVIEWS.flatMap((review) => {
      const id = reviewId.get(`${userId.get(review.username)}|${movieId.get(review.film.join('|'))}`);
      return id === undefined
        ? []
        : (review.helpfulTo ?? []).map((voter) => ({ review_id: id, user_id: userId.get(voter) }));
    });
    await run('review_vote', votes);
    await trx('review')
      .whereIn('id', [...reviewId.values()])
      .update({ helpful_count: trx('review_vote').where('review_id', trx.ref('review.id')).count('*') });

    // Members with a public watchlist keep a few films their taste points to and they have not rated.
    const watchlist: Row[] = [];
    for (const member of DEMO_MEMBERS.filter((m) => m.watchlistPublic)) {
      const user = userId.get(member.username)!;
      const unrated = DEMO_MOVIES.filter(([title, year]) => !scores.has(`${member.username}|${title}|${year}`))
        .map(([title, year, director, , genres]) => ({
          film: movieId.get(`${title}|${year}`),
          like: affinity(member, genres, director),
        }))
        .filter((candidate) => candidate.film !== undefined)
        .sort((a, b) => b.like - a.like)
        .slice(0, 4);
      unrated.forEach(({ film }, i) => watchlist.push({ user_id: user, movie_id: film, created_at: at(1 + i) }));
    }
    await run('watchlist_entry', watchlist);
    for (const film of new Set(ratingRows.map((row) => Number(row.movie_id)))) await recomputeRatingStats(tx, film);
  });
  logger.info('loaded the demo community', { members: DEMO_MEMBERS.length, reviews: DEMO_REVIEWS.length });
}
