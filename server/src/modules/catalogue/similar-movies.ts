import type { Knex } from '@mikro-orm/knex';
import type { Em } from '../../db/orm';
import { isPostgres } from '../../db/dialect';
import { readPreparedShape } from '../../db/prepared';
import type { Movie } from './movie.entity';
import { movieColumns } from './movie-columns';
import { movieFromRow } from './catalogue.rows';

export interface SimilarRow {
  movie: Movie;
  sameDirector: boolean;
  sharedActorCount: number;
  sharedGenreCount: number;
}

type Row = Record<string, unknown>;

/** A movie's rating quality: the average pulled towards 3 by five phantom ratings. */
const quality = (alias: string) => `(${alias}.rating_sum + 15.0) / (${alias}.rating_count + 5)`;

/**
 * The expression index the single-movie statement walks for the best-rated genre-only
 * candidates (migration 013); the entities cannot describe it.
 */
export const DATABASE_ONLY_SIMILAR_STRUCTURES = ['movie_similar_quality_index'];

/**
 * Movies like each of the given ones: those sharing the director or a main actor first, then by
 * what they share (the director and each actor 2, each genre 1), then by quality (so one 5-star
 * rating does not beat a hundred 4.5s), then by rating count; the id only settles the rest.
 * Computed from the current catalogue and ratings on every read, so every write shows at once.
 */
export async function similarMovies(em: Em, knex: Knex, ids: number[], limit: number): Promise<SimilarRow[][]> {
  const rows = ids.length === 1 ? await forOneMovie(em, knex, ids[0], limit) : await forMovies(em, knex, ids, limit);
  const groups = new Map<number, SimilarRow[]>();
  for (const { similar_to_id, same_director, shared_actor_count, shared_genre_count, ...row } of rows) {
    const id = Number(similar_to_id);
    const group = groups.get(id) ?? [];
    group.push({
      movie: movieFromRow(row),
      sameDirector: Number(same_director) === 1,
      sharedActorCount: Number(shared_actor_count),
      sharedGenreCount: Number(shared_genre_count),
    });
    groups.set(id, group);
  }
  return ids.map((id) => groups.get(id) ?? []);
}

/**
 * The ranking, over `summed` (similar_to_id, candidate_id, same_director, shared_actor_count,
 * shared_genre_count): the first `limit` per movie, with the winners' whole rows.
 */
function ranked(em: Em, knex: Knex, summed: Knex.QueryBuilder | Knex.Raw, limit: number): Knex.QueryBuilder {
  const ranking = knex
    .from(knex.raw('? as s', [summed]))
    .join('movie as r', 'r.id', 's.candidate_id')
    .select(
      's.*',
      knex.raw(
        `row_number() over (partition by s.similar_to_id order by
           case when s.same_director = 1 or s.shared_actor_count > 0 then 1 else 0 end desc,
           2 * s.same_director + 2 * s.shared_actor_count + s.shared_genre_count desc,
           ${quality('r')} desc, r.rating_count desc, r.id asc) as similar_rank`,
      ),
    );
  return knex
    .from(ranking.as('ranked'))
    .join('movie as m', 'm.id', 'ranked.candidate_id')
    .where('ranked.similar_rank', '<=', knex.raw(String(limit)))
    .select([
      'ranked.similar_to_id',
      'ranked.same_director',
      'ranked.shared_actor_count',
      'ranked.shared_genre_count',
      ...movieColumns(em, 'm'),
    ])
    .orderBy([{ column: 'ranked.similar_to_id' }, { column: 'ranked.similar_rank' }]);
}

/**
 * Films sharing the director (one row per film) or a main actor (one row per actor) with each of
 * `movies` (an SQL list), one row per share, as `summedShares` takes them.
 */
const peopleShared = (movies: string) => `select s.id as similar_to_id, c.id as candidate_id,
    1 as same_director, 0 as shared_actor, 0 as shared_genre
    from movie s join movie c on c.director_id = s.director_id and c.id <> s.id where s.id in (${movies})
  union all
  select s.movie_id, c.movie_id, 0, 1, 0
    from movie_actor s join movie_actor c on c.actor_id = s.actor_id and c.movie_id <> s.movie_id where s.movie_id in (${movies})`;

/** One row per share, summed per movie and candidate: what `ranked` orders. */
const summedShares = (shares: string) => `(select similar_to_id, candidate_id, max(same_director) as same_director,
    sum(shared_actor) as shared_actor_count, sum(shared_genre) as shared_genre_count
  from (${shares}) as shares group by similar_to_id, candidate_id)`;

/** Several movies (a list asking for similar films): one windowed statement over every pair that shares something. */
async function forMovies(em: Em, knex: Knex, ids: number[], limit: number): Promise<Row[]> {
  const list = ids.map(() => '?').join(', ');
  // Counted on the link tables alone; whole rows only for the winners.
  const summed = knex.raw(
    summedShares(`select s.movie_id as similar_to_id, c.movie_id as candidate_id, 0 as same_director,
        0 as shared_actor, 1 as shared_genre
        from movie_genre s join movie_genre c on c.genre_id = s.genre_id and c.movie_id <> s.movie_id
       where s.movie_id in (${list})
      union all
      ${peopleShared(list)}`),
    [...ids, ...ids, ...ids],
  );
  return (await ranked(em, knex, summed, limit)) as Row[];
}

/**
 * One movie (a details page): the same ranking over only the candidates that can win, instead of
 * every movie sharing a genre (thousands on a large catalogue):
 * - everyone sharing the director or an actor (a handful; they rank first);
 * - when those are fewer than `limit`, the best `limit` genre-only candidates sharing two genres
 *   or more (by genres shared, then quality), and the best `limit` by quality sharing any genre,
 *   walked on the quality index. A genre-only winner sharing one genre is beaten by every
 *   genre-only candidate of better quality (it shares at least as much), so fewer than `limit`
 *   of those exist: it is among the best `limit` by quality. Winners sharing more are in the first set.
 * PostgreSQL decides "fewer than `limit`" inside the statement (a one-time filter skips the genre
 * branches); SQLite would scan them anyway, so there a first statement counts the people-sharing
 * films and picks the statement without the branches when they are enough (both in-process).
 * Literal limits: a prepared statement's generic plan for "limit $n" would not walk the index.
 */
async function forOneMovie(em: Em, knex: Knex, id: number, limit: number): Promise<Row[]> {
  let genreOnly = true;
  if (!isPostgres(em)) {
    const [row] = await readPreparedShape(
      knex,
      'similar:people',
      () => knex.from(knex.raw(`(${peopleShared('?')}) as p`, [id, id])).countDistinct({ n: 'candidate_id' }),
      [id, id],
    );
    genreOnly = Number(row.n) < limit;
  }
  const build = () => {
    // people_shared's shares and one per genre in common, summed per candidate.
    const summed = knex.raw(
      summedShares(`select * from people_shared
        union all
        select cast(? as integer), k.candidate_id, 0, 0, 1 from candidate k join movie_genre c on c.movie_id = k.candidate_id
         where c.genre_id in (select genre_id from liked_genre)`),
      [id],
    );
    const enough = `(select count(distinct candidate_id) from people_shared) < ${limit}`;
    const genreOnlyCandidates = `
           union
           select id from (
             select x.movie_id as id from (
               select movie_id, count(*) as shared from movie_genre
                where ${enough} and genre_id in (select genre_id from liked_genre) and movie_id <> ?
                group by movie_id having count(*) >= 2) as x
              where not exists (select 1 from people_shared p where p.candidate_id = x.movie_id)
              order by x.shared desc, (select ${quality('q')} from movie q where q.id = x.movie_id) desc,
                (select q.rating_count from movie q where q.id = x.movie_id) desc, x.movie_id asc
              limit ${limit}) as best_shared
           union
           select id from (
             select m.id from movie m
              where ${enough} and m.id <> ?
                and exists (select 1 from movie_genre g where g.movie_id = m.id and g.genre_id in (select genre_id from liked_genre))
                and not exists (select 1 from people_shared p where p.candidate_id = m.id)
              order by ${quality('m')} desc, m.rating_count desc, m.id asc
              limit ${limit}) as best_rated`;
    return ranked(em, knex, summed, limit)
      .with('liked_genre', knex.raw('select genre_id from movie_genre where movie_id = ?', [id]))
      .with('people_shared', knex.raw(peopleShared('?'), [id, id]))
      .with(
        'candidate',
        knex.raw(
          `select distinct candidate_id from people_shared${genreOnly ? genreOnlyCandidates : ''}`,
          genreOnly ? [id, id] : [],
        ),
      );
  };
  const values = Array.from({ length: genreOnly ? 6 : 4 }, () => id);
  return readPreparedShape(knex, `similar:${limit}:${genreOnly ? 'all' : 'people'}`, build, values);
}
