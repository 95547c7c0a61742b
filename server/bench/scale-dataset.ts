import type { Knex } from '@mikro-orm/knex';
import { dbTimestamp } from '../src/db/dialect';
import type { Orm } from '../src/db/orm';

/** The benchmark's scale: fixed so runs compare. */
export const SCALE = {
  movies: 10_000,
  directors: 2_000,
  actors: 20_000,
  genres: 20,
  users: 2_000,
  ratingsPerUser: 100,
  reviews: 20_000,
};

/** The words generated titles are made of: what the search bench looks for. */
export const SCALE_TITLE_WORDS = [
  'Silent',
  'Crimson',
  'River',
  'Night',
  'Empire',
  'Glass',
  'Winter',
  'Echo',
  'Paper',
  'Iron',
  'Golden',
  'Last',
  'Hidden',
  'Broken',
  'Electric',
  'Summer',
];
const FIRST = [
  'Ada',
  'Bruno',
  'Chen',
  'Dara',
  'Emil',
  'Farah',
  'Gus',
  'Hana',
  'Ivo',
  'June',
  'Kofi',
  'Lena',
  'Milo',
  'Nia',
  'Omar',
  'Pia',
];
const LAST = [
  'Abe',
  'Baker',
  'Costa',
  'Diaz',
  'Egan',
  'Fujita',
  'Grant',
  'Horvat',
  'Ibsen',
  'Jovic',
  'Kahn',
  'Lund',
  'Moreau',
  'Novak',
];

/** Deterministic pseudo-random numbers, so every run builds the same catalogue. */
export function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const person = (kind: string, i: number) => `${FIRST[i % FIRST.length]} ${kind}${i} ${LAST[(i * 7) % LAST.length]}`;

/** TMDB-style records for the importer: 10,000 movies over 2,000 directors, 20,000 actors and 20 genres. */
export function scaleRecords(): Array<Record<string, unknown>> {
  const random = rng(42);
  return Array.from({ length: SCALE.movies }, (_, i) => {
    const genreCount = 1 + Math.floor(random() * 3);
    const genres = [
      ...new Set(Array.from({ length: genreCount }, () => `Genre ${1 + Math.floor(random() * SCALE.genres)}`)),
    ];
    return {
      title: `${SCALE_TITLE_WORDS[i % SCALE_TITLE_WORDS.length]} ${SCALE_TITLE_WORDS[(i * 5 + 3) % SCALE_TITLE_WORDS.length]} ${i}`,
      release_year: 1930 + Math.floor(random() * 95),
      description: `Generated movie ${i}: a ${genres.join(' and ').toLowerCase()} story.`,
      director: person('Director', i % SCALE.directors),
      main_actors: [0, 1, 2, 3].map((k) => person('Actor', (i * 2 + k * 5003) % SCALE.actors)),
      genres,
      poster: `posters/bench/${i}.jpg`,
    };
  });
}

async function insertChunked(
  knex: Knex,
  table: string,
  rows: Array<Record<string, unknown>>,
  chunk = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await knex(table).insert(rows.slice(i, i + chunk));
}

/** 2,000 users, 200,000 ratings and 20,000 reviews inserted in bulk, then every movie's stats rebuilt in one statement. */
export async function addAudience(orm: Orm): Promise<void> {
  const knex = orm.em.getKnex();
  const when = (ms: number) => dbTimestamp(orm, ms);
  const start = Date.UTC(2024, 0, 1);
  const users = Array.from({ length: SCALE.users }, (_, i) => ({
    username: `viewer${i}`,
    username_key: `viewer${i}`,
    email: `viewer${i}@bench.test`,
    password_hash: 'not-a-login',
    is_admin: false,
    token_version: 0,
    created_at: when(start),
  }));
  await insertChunked(knex, 'app_user', users);
  const userIds: number[] = (await knex('app_user').select('id').orderBy('id')).map((r: { id: number }) => r.id);
  const movieIds: number[] = (await knex('movie').select('id').orderBy('id')).map((r: { id: number }) => r.id);
  const random = rng(7);
  const ratings: Array<Record<string, unknown>> = [];
  const reviews: Array<Record<string, unknown>> = [];
  userIds.forEach((userId, u) => {
    // Each user rates a distinct stride of movies, so (user, movie) never repeats.
    const offset = Math.floor(random() * movieIds.length);
    for (let k = 0; k < SCALE.ratingsPerUser; k++) {
      const movieId = movieIds[(offset + k * 97) % movieIds.length];
      const at = when(start + (u * SCALE.ratingsPerUser + k) * 1000);
      ratings.push({
        user_id: userId,
        movie_id: movieId,
        score: 1 + Math.floor(random() * 5),
        created_at: at,
        updated_at: at,
      });
      if (k < SCALE.reviews / SCALE.users) {
        reviews.push({
          user_id: userId,
          movie_id: movieId,
          title: `Thoughts on ${movieId}`,
          body: 'Generated review text. '.repeat(8),
          created_at: at,
          updated_at: at,
        });
      }
    }
  });
  await insertChunked(knex, 'rating', ratings);
  await insertChunked(knex, 'review', reviews);
  const perScore = [1, 2, 3, 4, 5]
    .map((s) => `rating_${s}_count = (select count(*) from rating r where r.movie_id = movie.id and r.score = ${s})`)
    .join(', ');
  await knex.raw(`update movie set
    rating_count = (select count(*) from rating r where r.movie_id = movie.id),
    rating_sum = (select coalesce(sum(score), 0) from rating r where r.movie_id = movie.id),
    rating_average = coalesce((select avg(score * 1.0) from rating r where r.movie_id = movie.id), 0),
    ${perScore}`);
}
