import DataLoader from 'dataloader';
import type { Em } from '../../db/orm';
import { connectionFor, type ReadSource } from '../../db/read-source';
import type { Person } from './person.entity';
import type { Genre } from './genre.entity';
import type { Movie } from './movie.entity';
import { movieColumns } from './movie-columns';
import { genreFromRow, movieFromRow, personFromRow } from './catalogue.rows';
import { similarMovies, type SimilarRow } from './similar-movies';

export interface PersonStatsRow {
  directedCount: number;
  actedInCount: number;
  ratingSum: number;
  ratingCount: number;
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
  /** A count the database keeps on each row of `table`, by id. */
  const counter = (table: string, column: string) =>
    new DataLoader<number, number>(async (ids) => {
      const rows = (await db()(table)
        .select('id', column)
        .whereIn('id', ids as number[])) as Row[];
      const counts = new Map(rows.map((row) => [Number(row.id), Number(row[column])]));
      return ids.map((id) => counts.get(id) ?? 0);
    });
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

    /** For people read with a film, whose card leaves it out (see Person.filmCount). */
    personFilmCount: counter('person', 'film_count'),

    /** Kept on the genre row by triggers (see Genre.movieCount): no count over movie_genre. */
    genreMovieCount: counter('genre', 'movie_count'),

    /** Movies like each of the given ones, per batch (see similarMovies). */
    similarTo(limit: number): DataLoader<number, SimilarRow[]> {
      let loader = perLimit.get(limit);
      if (!loader) {
        loader = new DataLoader((movieIds) => similarMovies(em, db(), movieIds as number[], limit));
        perLimit.set(limit, loader);
      }
      return loader;
    },
  };
}

export type CatalogueLoaders = ReturnType<typeof createCatalogueLoaders>;
