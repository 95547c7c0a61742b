import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { Knex } from '@mikro-orm/knex';
import type { Em } from '../../db/orm';
import { isPostgres } from '../../db/dialect';
import type { Row } from '../common/row-mapping';
import { genreFromRow, personFromRow } from './catalogue.rows';
import type { Genre } from './genre.entity';
import type { Movie } from './movie.entity';
import type { Person } from './person.entity';

/**
 * Which of a movie's relations an operation asks for (lookahead on the selection set), so that the
 * statement reading the movies brings them along as JSON instead of one statement each afterwards.
 */
export interface MovieRelations {
  director: boolean;
  cast: boolean;
  genres: boolean;
  /** No field needing the description, dates or score counts is asked for: leave them out (see movieColumns). */
  lean: boolean;
}

const NONE: MovieRelations = { director: false, cast: false, genres: false, lean: false };

/** The selections of type `typeName` under `tree` (aliases included). */
function fieldsOf(tree: ResolveTree | undefined, typeName: string): ResolveTree[] {
  return Object.values(tree?.fieldsByTypeName[typeName] ?? {});
}

function relationsOf(movieFields: ResolveTree[]): MovieRelations {
  const names = new Set(movieFields.map((field) => field.name));
  return {
    director: names.has('director'),
    cast: names.has('mainActors'),
    genres: names.has('genres'),
    lean: !names.has('description') && !names.has('createdAt') && !names.has('ratingDistribution'),
  };
}

/**
 * The answer for a field of a parsed operation, remembered per field node (the same object for
 * every execution of a cached document) unless variables could change it (@include/@skip).
 */
function perFieldNode(lookahead: (info: GraphQLResolveInfo) => MovieRelations) {
  const known = new WeakMap<FieldNode, MovieRelations>();
  return (info: GraphQLResolveInfo): MovieRelations => {
    const node = info.fieldNodes[0];
    const remembered = info.fieldNodes.length === 1 ? known.get(node) : undefined;
    if (remembered) return remembered;
    const relations = lookahead(info);
    if (info.fieldNodes.length === 1 && !Object.keys(info.variableValues).length) known.set(node, relations);
    return relations;
  };
}

/** For `movie(id)`: the relations asked for on the movie. */
export const relationsOfMovie = perFieldNode((info) => {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  return tree ? relationsOf(fieldsOf(tree, 'Movie')) : NONE;
});

/** For `movies`: the relations asked for on `edges { node }`. */
export const relationsOfMovieConnection = perFieldNode((info) => {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  if (!tree) return NONE;
  const nodes = fieldsOf(tree, 'MovieConnection')
    .filter((field) => field.name === 'edges')
    .flatMap((edges) => fieldsOf(edges, 'MovieEdge'))
    .filter((field) => field.name === 'node');
  return relationsOf(nodes.flatMap((node) => fieldsOf(node, 'Movie')));
});

/** What the API shows of a person or genre (their search keys stay in the database). */
const PERSON = ['id', 'first_name', 'last_name', 'film_count'];
const GENRE = ['id', 'name'];

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
        `${array(`${object}(${pairs('g', GENRE)})`, `from movie_genre mg join genre g on g.id = mg.genre_id where mg.movie_id = ${alias}.id`, 'mg.position')} as with_genres`,
      ),
    );
  return columns;
}

/** PostgreSQL's driver parses json; SQLite returns text. */
const parsed = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

/** What a movie's row brought along: the field resolvers answer from it without a loader. */
export interface BroughtRelations {
  director?: Person | null;
  cast?: Person[];
  genres?: Genre[];
}

const brought = new WeakMap<Movie, BroughtRelations>();

/** The relations `movie`'s row brought, if it was read with them. */
export const broughtWith = (movie: Movie): BroughtRelations | undefined => brought.get(movie);

/** Keeps what `row` brought with `movie`, the view made from it. */
export function keepRelations(movie: Movie, row: Row, relations: MovieRelations): BroughtRelations {
  const kept: BroughtRelations = {};
  if (relations.director) {
    const director = row.director_id == null ? null : parsed<Row | null>(row.with_director);
    kept.director = director ? personFromRow(director) : null;
  }
  if (relations.cast) kept.cast = parsed<Row[]>(row.with_cast).map((actor) => personFromRow(actor));
  if (relations.genres) kept.genres = parsed<Row[]>(row.with_genres).map(genreFromRow);
  brought.set(movie, kept);
  return kept;
}

export const anyRelation = (relations: MovieRelations) => relations.director || relations.cast || relations.genres;
