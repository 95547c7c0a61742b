import type { Knex } from '@mikro-orm/knex';
import type { Em } from '../../db/orm';
import { isPostgres } from '../../db/dialect';
import { readPrepared, readPreparedShape } from '../../db/prepared';
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
 * One statement, whatever the number of movies (two for one movie on SQLite, see forOneMovie).
 */
export async function similarMovies(em: Em, knex: Knex, ids: number[], limit: number): Promise<SimilarRow[][]> {
  const rows =
    ids.length === 1
      ? await forOneMovie(em, knex, ids[0], limit)
      : isPostgres(em)
        ? await forEachMovie(em, knex, ids, limit)
        : await readPrepared(knex, forEachMovieOnSqlite(em, knex, ids, limit));
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

/** The order of similar films, over `s` (what a candidate shares) and `r` (the candidate). */
const RANKING = `case when s.same_director = 1 or s.shared_actor_count > 0 then 1 else 0 end desc,
  2 * s.same_director + 2 * s.shared_actor_count + s.shared_genre_count desc,
  ${quality('r')} desc, r.rating_count desc, r.id asc`;

/**
 * The first `limit` per movie of `summed` (`s`: similar_to_id, candidate_id and what it shares) by
 * RANKING, with the winners' whole rows: ranked on narrow rows, since sorting whole rows
 * (descriptions included) cost SQLite 0.2 ms more per details page.
 */
function ranked(em: Em, knex: Knex, summed: Knex.Raw, limit: number): Knex.QueryBuilder {
  const ranking = knex
    .from(summed)
    .join('movie as r', 'r.id', 's.candidate_id')
    .select('s.*', knex.raw(`row_number() over (partition by s.similar_to_id order by ${RANKING}) as similar_rank`));
  return knex
    .from(ranking.as('ranked'))
    .join('movie as m', 'm.id', 'ranked.candidate_id')
    .where('ranked.similar_rank', '<=', knex.raw(String(limit)))
    .select([
      'ranked.similar_to_id',
      'ranked.similar_rank',
      'ranked.same_director',
      'ranked.shared_actor_count',
      'ranked.shared_genre_count',
      ...movieColumns(em, 'm'),
    ])
    .orderBy([{ column: 'ranked.similar_to_id' }, { column: 'ranked.similar_rank' }]);
}

/**
 * Films sharing the director (one row per film) or a main actor (one row per actor) with each of
 * `movies` (an SQL list or subquery), one row per share, as the summed shares take them.
 *
 * One movie's id is compared with `in (?)` too, not `= ?` (here and in liked_genre): with `= ?`
 * SQLite planned from the bound value and prepared the statement again whenever a value was bound
 * (0.30 ms a details page's statement instead of 0.05, bound once 0.04; with the genre-only
 * branches 1.47 ms instead of 0.55).
 */
const peopleShared = (movies: string) => `select s.id as similar_to_id, c.id as candidate_id,
    1 as same_director, 0 as shared_actor, 0 as shared_genre
    from movie s join movie c on c.director_id = s.director_id and c.id <> s.id where s.id in (${movies})
  union all
  select s.movie_id, c.movie_id, 0, 1, 0
    from movie_actor s join movie_actor c on c.actor_id = s.actor_id and c.movie_id <> s.movie_id where s.movie_id in (${movies})`;

/** `shares` (one row per share) summed per movie and candidate: what `ranked` orders. */
const summedShares = (shares: string) => `(select similar_to_id, candidate_id, max(same_director) as same_director,
    sum(shared_actor) as shared_actor_count, sum(shared_genre) as shared_genre_count
  from (${shares}) as shares group by similar_to_id, candidate_id) as s`;

/**
 * A details page: PostgreSQL decides inside the statement whether the genre-only candidates are
 * needed (a one-time filter skips them); SQLite would scan them anyway, so there a first
 * statement counts the people-sharing films and picks the statement without them when they are
 * enough (both in-process).
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
  return readPreparedShape(
    knex,
    `similar:${limit}:${genreOnly ? 'all' : 'people'}`,
    () => candidatesThatCanWin(em, knex, knex.raw('?', [id]), limit, genreOnly),
    Array.from({ length: genreOnly ? 6 : 4 }, () => id),
  );
}

/**
 * The movie `movie`'s (a bound value, or a column of an outer query) similar films, ranked over
 * only the candidates that can win instead of every film sharing a genre (thousands on a large
 * catalogue):
 * - everyone sharing the director or an actor (a handful; they rank first);
 * - when those are fewer than `limit` (and `genreOnly`), the best `limit` genre-only candidates
 *   sharing two genres or more (by genres shared, then quality), found through the genre pairs
 *   the movie has (see MovieGenrePair; more pairs in common means more genres), and the best
 *   `limit` by quality sharing any genre, walked on the quality index. A genre-only winner sharing
 *   one genre is beaten by every genre-only candidate of better quality (it shares at least as
 *   much), so fewer than `limit` of those exist: it is among the best `limit` by quality. Winners
 *   sharing more are in the first set.
 * Literal limits: a prepared statement's generic plan for "limit $n" would not walk the index.
 */
function candidatesThatCanWin(
  em: Em,
  knex: Knex,
  movie: Knex.Raw,
  limit: number,
  genreOnly: boolean,
): Knex.QueryBuilder {
  const enough = `(select count(distinct candidate_id) from people_shared) < ${limit}`;
  const genreOnlyCandidates = `
         union
         select id from (
           select x.movie_id as id from (
             select p.movie_id, count(*) as shared_pairs from liked_genre a
               join liked_genre b on b.genre_id > a.genre_id
               join movie_genre_pair p on p.first_genre_id = a.genre_id and p.second_genre_id = b.genre_id
              where ${enough} and p.movie_id <> ?
              group by p.movie_id) as x
            join movie q on q.id = x.movie_id
            where not exists (select 1 from people_shared p where p.candidate_id = x.movie_id)
            order by x.shared_pairs desc, ${quality('q')} desc, q.rating_count desc, x.movie_id asc
            limit ${limit}) as best_shared
         union
         select id from (
           select m.id from movie m
            where ${enough} and m.id <> ?
              and exists (select 1 from movie_genre g where g.movie_id = m.id and g.genre_id in (select genre_id from liked_genre))
              and not exists (select 1 from people_shared p where p.candidate_id = m.id)
            order by ${quality('m')} desc, m.rating_count desc, m.id asc
            limit ${limit}) as best_rated`;
  // people_shared's shares and each candidate's genres in common, looked up per candidate (a few
  // dozen) rather than joined from every film of those genres.
  const candidateShares = knex.raw(
    summedShares(`select * from people_shared
      union all
      select cast(? as integer), k.candidate_id, 0, 0, (select count(*) from movie_genre c
        where c.movie_id = k.candidate_id and c.genre_id in (select genre_id from liked_genre)) from candidate k`),
    [movie],
  );
  return (
    ranked(em, knex, candidateShares, limit)
      .with('liked_genre', knex.raw('select genre_id from movie_genre where movie_id in (?)', [movie]))
      // Materialized: SQLite would otherwise run it again for every candidate it checks against it.
      .withMaterialized('people_shared', knex.raw(peopleShared('?'), [movie, movie]))
      .with(
        'candidate',
        knex.raw(
          `select distinct candidate_id from people_shared${genreOnly ? genreOnlyCandidates : ''}`,
          genreOnly ? [movie, movie] : [],
        ),
      )
  );
}

/**
 * Several movies on PostgreSQL: candidatesThatCanWin for each, in one statement (LATERAL), with
 * the ids as one array so that every list shares one prepared statement.
 */
function forEachMovie(em: Em, knex: Knex, ids: number[], limit: number): Promise<Row[]> {
  const idArray = `{${ids.join(',')}}`;
  const build = () =>
    knex
      .select('winner.*')
      .from(
        knex.raw('unnest(cast(? as integer[])) with ordinality as t(id, position) cross join lateral ? as winner', [
          idArray,
          candidatesThatCanWin(em, knex, knex.raw('t.id'), limit, true),
        ]),
      )
      .orderBy([{ column: 't.position' }, { column: 'winner.similar_rank' }]);
  return readPreparedShape(knex, `similar:${limit}:each`, build, [idArray]);
}

/**
 * Several movies on SQLite, which has no LATERAL to run candidatesThatCanWin per movie: the same
 * candidates, found for every movie at once (a list of 25 ranked every film sharing anything with
 * each before, 90-115 ms on the scale data):
 * - everyone sharing the director or an actor;
 * - for a movie with fewer than `limit` of those (`needy`), the best 2 × `limit` films sharing two
 *   of its genres or more, by genres shared and quality, and each of its genres' best 2 × `limit`
 *   films by quality (walked on the quality index, once per genre, whatever the number of
 *   movies). Unlike candidatesThatCanWin's, these lists may hold the movie itself and its fewer
 *   than `limit` people-sharing films, hence twice `limit`: they still hold its best `limit`
 *   sharing two genres, and a film among its best `limit` by quality sharing any genre has fewer
 *   than 2 × `limit` films rated better in that genre.
 * The ids are one JSON array, so every list shares one statement.
 */
function forEachMovieOnSqlite(em: Em, knex: Knex, ids: number[], limit: number): Knex.QueryBuilder {
  const reach = 2 * limit;
  const candidateShares = knex.raw(
    summedShares(`select * from people_shared
      union all
      select k.similar_to_id, k.candidate_id, 0, 0, (select count(*) from movie_genre c
        where c.movie_id = k.candidate_id
          and c.genre_id in (select genre_id from liked_genre l where l.similar_to_id = k.similar_to_id)) from candidate k`),
  );
  return ranked(em, knex, candidateShares, limit)
    .with('listed', knex.raw('select value as id from json_each(?)', [JSON.stringify(ids)]))
    .with(
      'liked_genre',
      knex.raw('select movie_id as similar_to_id, genre_id from movie_genre where movie_id in (select id from listed)'),
    )
    .withMaterialized('people_shared', knex.raw(peopleShared('select id from listed')))
    .withMaterialized(
      'needy',
      knex.raw(`select l.id from listed l
        where (select count(distinct candidate_id) from people_shared p where p.similar_to_id = l.id) < ${limit}`),
    )
    .with(
      'best_shared',
      knex.raw(`select similar_to_id, candidate_id from (
          select a.similar_to_id, q.id as candidate_id, row_number() over (partition by a.similar_to_id
              order by count(*) desc, ${quality('q')} desc, q.rating_count desc, q.id asc) as shared_rank
            from needy n
            join liked_genre a on a.similar_to_id = n.id
            join liked_genre b on b.similar_to_id = a.similar_to_id and b.genre_id > a.genre_id
            join movie_genre_pair p on p.first_genre_id = a.genre_id and p.second_genre_id = b.genre_id
              and p.movie_id <> a.similar_to_id
            join movie q on q.id = p.movie_id
           group by a.similar_to_id, q.id) as shared
        where shared_rank <= ${reach}`),
    )
    .with(
      'best_rated',
      knex.raw(`select g.genre_id, m.id from (select distinct genre_id from liked_genre
          where similar_to_id in (select id from needy)) as g
        join movie m on m.id in (select q.id from movie q
          where exists (select 1 from movie_genre x where x.movie_id = q.id and x.genre_id = g.genre_id)
          order by ${quality('q')} desc, q.rating_count desc, q.id asc
          limit ${reach})`),
    )
    .with(
      'candidate',
      knex.raw(`select similar_to_id, candidate_id from people_shared
        union select similar_to_id, candidate_id from best_shared
        union select l.similar_to_id, b.id from needy n
          join liked_genre l on l.similar_to_id = n.id
          join best_rated b on b.genre_id = l.genre_id and b.id <> l.similar_to_id`),
    );
}
