/**
 * The baseline's single prepared statements (PostgreSQL): the same JSON the GraphQL queries
 * answer, built entirely by the database.
 */
const name = (alias: string) => `concat_ws(' ', nullif(${alias}.first_name, ''), nullif(${alias}.last_name, ''))`;
const average = (m: string) =>
  `case when ${m}.rating_count > 0 then round(${m}.rating_sum::numeric / ${m}.rating_count, 2) end`;
const distribution = (m: string) =>
  `json_build_array(${[1, 2, 3, 4, 5]
    .map(
      (s) =>
        `json_build_object('score', ${s}, 'count', ${m}.rating_${s}_count, 'percent', case when ${m}.rating_count > 0 then round(100.0 * ${m}.rating_${s}_count / ${m}.rating_count, 1) else 0 end)`,
    )
    .join(', ')})`;

/**
 * The read-path comparison's shapes (bench/peers.ts), answered as the floor: exactly the JSON the
 * operation needs, from one prepared statement. List: 25 movies by title with director, cast and
 * genres. Detail: one movie with the same, its rating and its 5 newest reviews with authors.
 */
const card = (m: string) => `'id', ${m}.id::text, 'title', ${m}.title, 'releaseYear', ${m}.release_year,
  'director', (select json_build_object('id', d.id::text, 'name', ${name('d')}) from person d where d.id = ${m}.director_id),
  'mainActors', coalesce((select json_agg(json_build_object('id', a.id::text, 'name', ${name('a')}) order by ma.position)
    from movie_actor ma join person a on a.id = ma.actor_id where ma.movie_id = ${m}.id), '[]'::json),
  'genres', coalesce((select json_agg(json_build_object('id', g.id::text, 'name', g.name) order by mg.position)
    from movie_genre mg join genre g on g.id = mg.genre_id where mg.movie_id = ${m}.id), '[]'::json)`;

/** The web client's card: the comparison's card with poster, rating and its distribution. */
const movieFields = (m: string) => `${card(m)}, 'posterUrl', ${m}.poster_path,
  'averageRating', ${average(m)}, 'ratingCount', ${m}.rating_count, 'ratingDistribution', ${distribution(m)}`;

export const BASELINE_LIST_SQL = `select json_build_object('data', json_build_object('movies', json_build_object(
  'totalCount', (select count(*) from movie),
  'edges', coalesce((select json_agg(json_build_object('node', json_build_object(${movieFields('m')})) order by m.id desc)
    from (select * from movie order by id desc limit 25) m), '[]'::json))))::text as body`;

export const BASELINE_DETAIL_SQL = `with similar_ids as (
    select cand.movie_id, count(*) as shared from movie_genre src
    join movie_genre cand on cand.genre_id = src.genre_id and cand.movie_id <> src.movie_id
    where src.movie_id = $1 group by cand.movie_id),
  similar_top as (
    select s.shared, sm.* from similar_ids s join movie sm on sm.id = s.movie_id
    order by s.shared desc, sm.rating_average desc, sm.sort_title, sm.id limit 5)
  select json_build_object('data', json_build_object('movie', (select json_build_object(${movieFields('m')},
    'description', m.description,
    'reviews', json_build_object('totalCount', (select count(*) from review where movie_id = m.id),
      'edges', coalesce((select json_agg(json_build_object('node', json_build_object('id', r.id::text, 'title', r.title, 'body', r.body,
        'author', json_build_object('id', u.id::text, 'username', u.username))) order by r.id desc)
        from (select * from review where movie_id = m.id order by id desc limit 10) r join app_user u on u.id = r.user_id), '[]'::json)),
    'similar', coalesce((select json_agg(json_build_object('sharedGenreCount', s.shared, 'movie', json_build_object('id', s.id::text, 'title', s.title,
      'posterUrl', s.poster_path, 'averageRating', ${average('s')})) order by s.shared desc, s.rating_average desc, s.sort_title, s.id)
      from similar_top s), '[]'::json))
  from movie m where m.id = $1)))::text as body`;

export const PEER_LIST_SQL = `select json_build_object('data', json_build_object('movies', json_build_object(
  'edges', coalesce((select json_agg(json_build_object('node', json_build_object(${card('m')})) order by m.sort_title, m.id)
    from (select * from movie order by sort_title, id limit 25) m), '[]'::json))))::text as body`;

export const PEER_DETAIL_SQL = `select json_build_object('data', json_build_object('movie', (select json_build_object(${card('m')},
    'averageRating', ${average('m')}, 'ratingCount', m.rating_count,
    'reviews', json_build_object('edges', coalesce((select json_agg(json_build_object('node', json_build_object(
      'id', r.id::text, 'title', r.title, 'body', r.body, 'author', json_build_object('id', u.id::text, 'username', u.username)))
      order by r.id desc)
      from (select * from review where movie_id = m.id order by id desc limit 5) r join app_user u on u.id = r.user_id), '[]'::json)))
  from movie m where m.id = $1)))::text as body`;
