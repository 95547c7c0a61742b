import DataLoader from 'dataloader';
import type { Em } from '../../db/orm';
import { connectionFor, type ReadSource } from '../../db/read-source';
import type { Person } from './person.entity';
import type { Genre } from './genre.entity';
import type { Movie } from './movie.entity';
import { movieColumns } from './movie-columns';
import { genreFromRow, movieFromRow, personFromRow } from './catalogue.rows';

export interface PersonStatsRow {
  directedCount: number;
  actedInCount: number;
  ratingSum: number;
  ratingCount: number;
}

export interface SimilarRow {
  movie: Movie;
  sameDirector: boolean;
  sharedActorCount: number;
  sharedGenreCount: number;
}

type Row = Record<string, unknown>;

function groupBy<T>(rows: Row[], key: string, map: (row: Row) => T): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const id = Number(row[key]);
    const list = groups.get(id) ?? [];
    list.push(map(row));
    groups.set(id, list);
  }
  return groups;
}

const personColumns = (alias: string) => [
  `${alias}.id`,
  `${alias}.first_name`,
  `${alias}.last_name`,
  `${alias}.name_key`,
  `${alias}.search_name`,
  `${alias}.film_count`,
];

/**
 * Per-request batch loaders: whatever a page of movies asks for, each relation costs one
 * statement for the whole page.
 */
export function createCatalogueLoaders(em: Em, reads?: ReadSource) {
  // Chosen per batch: the request's read source is settled once its operation is known.
  const db = () => em.getKnex(connectionFor(reads));
  const perLimit = new Map<number, DataLoader<number, SimilarRow[]>>();
  return {
    movie: new DataLoader<number, Movie | null>(async (ids) => {
      const knex = db();
      const rows = (await knex('movie as m')
        .select(movieColumns(em, 'm'))
        .whereIn('m.id', ids as number[])) as Row[];
      const byId = new Map(rows.map((row) => [Number(row.id), movieFromRow(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    person: new DataLoader<number, Person | null>(async (ids) => {
      const rows = (await db()('person as p')
        .select(personColumns('p'))
        .whereIn('p.id', ids as number[])) as Row[];
      const byId = new Map(rows.map((row) => [Number(row.id), personFromRow(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    /** Films made and the ratings they got, per person; a film they directed and acted in counts once. */
    personStats: new DataLoader<number, PersonStatsRow>(async (personIds) => {
      const knex = db();
      const credits = knex
        .select('director_id as person_id', 'id as movie_id', knex.raw('1 as directed'), knex.raw('0 as acted'))
        .from('movie')
        .whereIn('director_id', personIds as number[])
        .unionAll(
          knex
            .select('actor_id', 'movie_id', knex.raw('0'), knex.raw('1'))
            .from('movie_actor')
            .whereIn('actor_id', personIds as number[]),
        );
      const films = knex
        .from(credits.as('c'))
        .groupBy('c.person_id', 'c.movie_id')
        .select(
          'c.person_id',
          'c.movie_id',
          knex.raw('max(c.directed) as directed'),
          knex.raw('max(c.acted) as acted'),
        );
      const rows: Row[] = await knex
        .from<Row>(films.as('f'))
        .join('movie as m', 'm.id', 'f.movie_id')
        .groupBy('f.person_id')
        .select(
          'f.person_id',
          knex.raw('sum(f.directed) as directed_count'),
          knex.raw('sum(f.acted) as acted_count'),
          knex.raw('sum(m.rating_sum) as rating_sum'),
          knex.raw('sum(m.rating_count) as rating_count'),
        );
      const byId = new Map(rows.map((row) => [Number(row.person_id), row]));
      return personIds.map((id) => {
        const row = byId.get(id);
        return {
          directedCount: Number(row?.directed_count ?? 0),
          actedInCount: Number(row?.acted_count ?? 0),
          ratingSum: Number(row?.rating_sum ?? 0),
          ratingCount: Number(row?.rating_count ?? 0),
        };
      });
    }),

    castOf: new DataLoader<number, Person[]>(async (movieIds) => {
      const knex = db();
      const rows = (await knex('movie_actor as ma')
        .join('person as a', 'a.id', 'ma.actor_id')
        .select(['ma.movie_id', ...personColumns('a')])
        .whereIn('ma.movie_id', movieIds as number[])
        .orderBy([{ column: 'ma.movie_id' }, { column: 'ma.position' }])) as Row[];
      const groups = groupBy(rows, 'movie_id', (row) => personFromRow(row));
      return movieIds.map((id) => groups.get(id) ?? []);
    }),

    genresOf: new DataLoader<number, Genre[]>(async (movieIds) => {
      const knex = db();
      const rows = (await knex('movie_genre as mg')
        .join('genre as g', 'g.id', 'mg.genre_id')
        .select(['mg.movie_id', 'g.id', 'g.name', 'g.name_key'])
        .whereIn('mg.movie_id', movieIds as number[])
        .orderBy([{ column: 'mg.movie_id' }, { column: 'mg.position' }])) as Row[];
      const groups = groupBy(rows, 'movie_id', (row) => genreFromRow(row));
      return movieIds.map((id) => groups.get(id) ?? []);
    }),

    moviesByDirector: new DataLoader<number, Movie[]>(async (directorIds) => {
      const knex = db();
      const rows = (await knex('movie as m')
        .select(movieColumns(em, 'm'))
        .whereIn('m.director_id', directorIds as number[])
        .orderBy([
          { column: 'm.release_year', order: 'desc' },
          { column: 'm.id', order: 'desc' },
        ])) as Row[];
      const groups = groupBy(rows, 'director_id', (row) => movieFromRow(row));
      return directorIds.map((id) => groups.get(id) ?? []);
    }),

    moviesByActor: new DataLoader<number, Movie[]>(async (actorIds) => {
      const knex = db();
      const rows = (await knex('movie_actor as ma')
        .join('movie as m', 'm.id', 'ma.movie_id')
        .select(['ma.actor_id as credited_actor_id', ...movieColumns(em, 'm')])
        .whereIn('ma.actor_id', actorIds as number[])
        .orderBy([
          { column: 'm.release_year', order: 'desc' },
          { column: 'm.id', order: 'desc' },
        ])) as Row[];
      const groups = groupBy(rows, 'credited_actor_id', ({ credited_actor_id: _, ...row }) => movieFromRow(row));
      return actorIds.map((id) => groups.get(id) ?? []);
    }),

    genreMovieCount: new DataLoader<number, number>(async (genreIds) => {
      const knex = db();
      const rows = (await knex('movie_genre')
        .select('genre_id')
        .count({ count: '*' })
        .whereIn('genre_id', genreIds as number[])
        .groupBy('genre_id')) as unknown as Row[];
      const counts = new Map(rows.map((row) => [Number(row.genre_id), Number(row.count)]));
      return genreIds.map((id) => counts.get(id) ?? 0);
    }),

    /**
     * Movies like each of the given ones, one windowed statement per page: those sharing the
     * director or a main actor first, then by what they share (the director and each actor 2,
     * each genre 1), then by quality (the average pulled towards 3 by five phantom ratings, so one
     * 5-star rating does not beat a hundred 4.5s), then by rating count; the id only settles the rest.
     */
    similarTo(limit: number): DataLoader<number, SimilarRow[]> {
      let loader = perLimit.get(limit);
      if (!loader) {
        loader = new DataLoader(async (movieIds) => {
          const knex = db();
          const ids = movieIds as number[];
          const list = ids.map(() => '?').join(', ');
          // What each candidate shares, counted on the link tables alone; whole rows only for the winners.
          const shared = knex.raw(
            `(select s.movie_id as similar_to_id, c.movie_id as candidate_id, 0 as same_director, 0 as shared_actor, 1 as shared_genre
               from movie_genre s join movie_genre c on c.genre_id = s.genre_id and c.movie_id <> s.movie_id where s.movie_id in (${list})
             union all
             select s.id, c.id, 1, 0, 0 from movie s join movie c on c.director_id = s.director_id and c.id <> s.id where s.id in (${list})
             union all
             select s.movie_id, c.movie_id, 0, 1, 0
               from movie_actor s join movie_actor c on c.actor_id = s.actor_id and c.movie_id <> s.movie_id where s.movie_id in (${list})) as shared`,
            [...ids, ...ids, ...ids],
          );
          const summed = knex
            .from(shared)
            .groupBy('similar_to_id', 'candidate_id')
            .select(
              'similar_to_id',
              'candidate_id',
              knex.raw('max(same_director) as same_director'),
              knex.raw('sum(shared_actor) as shared_actor_count'),
              knex.raw('sum(shared_genre) as shared_genre_count'),
            );
          const ranked = knex
            .from(summed.as('s'))
            .join('movie as r', 'r.id', 's.candidate_id')
            .select(
              's.*',
              knex.raw(
                `row_number() over (partition by s.similar_to_id order by
                   case when s.same_director = 1 or s.shared_actor_count > 0 then 1 else 0 end desc,
                   2 * s.same_director + 2 * s.shared_actor_count + s.shared_genre_count desc,
                   (r.rating_sum + 15.0) / (r.rating_count + 5) desc, r.rating_count desc, r.id asc) as similar_rank`,
              ),
            );
          const rows = (await knex
            .from(ranked.as('ranked'))
            .join('movie as m', 'm.id', 'ranked.candidate_id')
            .where('ranked.similar_rank', '<=', limit)
            .select([
              'ranked.similar_to_id',
              'ranked.same_director',
              'ranked.shared_actor_count',
              'ranked.shared_genre_count',
              ...movieColumns(em, 'm'),
            ])
            .orderBy([{ column: 'ranked.similar_to_id' }, { column: 'ranked.similar_rank' }])) as Row[];
          const groups = groupBy(
            rows,
            'similar_to_id',
            ({ similar_to_id: _, same_director, shared_actor_count, shared_genre_count, ...row }) => ({
              movie: movieFromRow(row),
              sameDirector: Number(same_director) === 1,
              sharedActorCount: Number(shared_actor_count),
              sharedGenreCount: Number(shared_genre_count),
            }),
          );
          return ids.map((id) => groups.get(id) ?? []);
        });
        perLimit.set(limit, loader);
      }
      return loader;
    },
  };
}

export type CatalogueLoaders = ReturnType<typeof createCatalogueLoaders>;
