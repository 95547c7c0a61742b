import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { Knex } from '@mikro-orm/knex';
import type { Em } from '../../db/orm';
import { isPostgres } from '../../db/dialect';
import type { Row } from '../common/row-mapping';
import type { CatalogueLoaders } from './catalogue.loaders';
import { genreFromRow, personFromRow } from './catalogue.rows';

/**
 * Which of a movie's relations an operation asks for (lookahead on the selection set), so that the
 * statement reading the movies brings them along as JSON instead of one statement each afterwards.
 */
export interface MovieRelations {
  director: boolean;
  cast: boolean;
  genres: boolean;
}

const NONE: MovieRelations = { director: false, cast: false, genres: false };

/** The selections of type `typeName` under `tree` (aliases included). */
function fieldsOf(tree: ResolveTree | undefined, typeName: string): ResolveTree[] {
  return Object.values(tree?.fieldsByTypeName[typeName] ?? {});
}

function relationsOf(movieFields: ResolveTree[]): MovieRelations {
  const names = new Set(movieFields.map((field) => field.name));
  return { director: names.has('director'), cast: names.has('mainActors'), genres: names.has('genres') };
}

/** For `movie(id)`: the relations asked for on the movie. */
export function relationsOfMovie(info: GraphQLResolveInfo): MovieRelations {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  return tree ? relationsOf(fieldsOf(tree, 'Movie')) : NONE;
}

/** For `movies`: the relations asked for on `edges { node }`. */
export function relationsOfMovieConnection(info: GraphQLResolveInfo): MovieRelations {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  if (!tree) return NONE;
  const nodes = fieldsOf(tree, 'MovieConnection')
    .filter((field) => field.name === 'edges')
    .flatMap((edges) => fieldsOf(edges, 'MovieEdge'))
    .filter((field) => field.name === 'node');
  return relationsOf(nodes.flatMap((node) => fieldsOf(node, 'Movie')));
}

const PERSON = ['id', 'first_name', 'last_name', 'name_key', 'search_name', 'film_count'];

/** `'key', alias.key, …` for a JSON object constructor. */
const pairs = (alias: string, columns: string[]) => columns.map((c) => `'${c}', ${alias}.${c}`).join(', ');

/**
 * Select expressions bringing each wanted relation of the movies in `alias` as JSON (an object,
 * or an array in billing order), one correlated subquery per relation.
 */
export function relationColumns(em: Em, alias: string, relations: MovieRelations): Knex.Raw[] {
  const knex = em.getKnex();
  const postgres = isPostgres(em);
  const object = postgres ? 'json_build_object' : 'json_object';
  // SQLite's json_group_array keeps the subquery's order only over an ordered derived table.
  const array = (element: string, from: string, order: string) =>
    postgres
      ? `coalesce((select json_agg(${element} order by ${order}) ${from}), '[]'::json)`
      : `(select json_group_array(json(element)) from (select ${element} as element ${from} order by ${order}))`;
  const columns: Knex.Raw[] = [];
  if (relations.director)
    columns.push(
      knex.raw(
        `(select ${object}(${pairs('d', PERSON)}) from person d where d.id = ${alias}.director_id) as with_director`,
      ),
    );
  if (relations.cast)
    columns.push(
      knex.raw(
        `${array(`${object}(${pairs('a', PERSON)})`, `from movie_actor ma join person a on a.id = ma.actor_id where ma.movie_id = ${alias}.id`, 'ma.position')} as with_cast`,
      ),
    );
  if (relations.genres)
    columns.push(
      knex.raw(
        `${array(`${object}(${pairs('g', ['id', 'name', 'name_key'])})`, `from movie_genre mg join genre g on g.id = mg.genre_id where mg.movie_id = ${alias}.id`, 'mg.position')} as with_genres`,
      ),
    );
  return columns;
}

/** PostgreSQL's driver parses json; SQLite returns text. */
const parsed = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

/** Hands what a row brought to the request's loaders, where the field resolvers will look. */
export function primeRelations(loaders: CatalogueLoaders, row: Row, relations: MovieRelations): void {
  const movieId = Number(row.id);
  if (relations.director && row.director_id !== null && row.director_id !== undefined) {
    const director = parsed<Row | null>(row.with_director);
    if (director) loaders.person.prime(Number(director.id), personFromRow(director));
  }
  if (relations.cast)
    loaders.castOf.prime(
      movieId,
      parsed<Row[]>(row.with_cast).map((actor) => personFromRow(actor)),
    );
  if (relations.genres) loaders.genresOf.prime(movieId, parsed<Row[]>(row.with_genres).map(genreFromRow));
}

export const anyRelation = (relations: MovieRelations) => relations.director || relations.cast || relations.genres;
