import { BREAK, visit, type ASTNode, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { Knex } from '@mikro-orm/knex';
import { LRUCache } from 'lru-cache';
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
  /** Other modules' relations to bring too (see MovieCompanion): field and statement shape, by field. */
  companions: Array<{ field: string; shape: string }>;
}

const NONE: MovieRelations = { director: false, cast: false, genres: false, lean: false, companions: [] };

/**
 * A relation of Movie that another module resolves (a film's reviews) and that the statement
 * reading the movies can bring along too. That module registers it, so the catalogue does not
 * depend on it; its resolver finds the value with `broughtCompanion`.
 */
export interface MovieCompanion {
  /** The Movie field it serves. */
  field: string;
  /** The statement shape for the field's arguments, or undefined when it must be read apart (a later page). */
  shapeFor(args: Record<string, unknown>): string | undefined;
  /** A JSON select expression for the movie in `alias`, for `shape`. */
  column(sql: JsonSql, alias: string, shape: string): string;
}

const companions = new Map<string, MovieCompanion>();

export function bringWithMovies(companion: MovieCompanion): void {
  companions.set(companion.field, companion);
}

/** The selections of type `typeName` under `tree` (aliases included). */
function fieldsOf(tree: ResolveTree | undefined, typeName: string): ResolveTree[] {
  return Object.values(tree?.fieldsByTypeName[typeName] ?? {});
}

/** The companions asked for, each once with one shape (a field asked twice with other arguments is read apart). */
function companionsOf(movieFields: ResolveTree[]): MovieRelations['companions'] {
  const wanted: MovieRelations['companions'] = [];
  for (const [field, companion] of companions) {
    const shapes = new Set(movieFields.filter((f) => f.name === field).map((f) => companion.shapeFor(f.args)));
    const [shape] = shapes;
    if (shapes.size === 1 && shape !== undefined) wanted.push({ field, shape });
  }
  return wanted;
}

function relationsOf(movieFields: ResolveTree[]): MovieRelations {
  const names = new Set(movieFields.map((field) => field.name));
  return {
    companions: companionsOf(movieFields),
    director: names.has('director'),
    cast: names.has('mainActors'),
    genres: names.has('genres'),
    lean: !names.has('description') && !names.has('createdAt') && !names.has('ratingDistribution'),
  };
}

const variableDependent = new WeakMap<ASTNode, boolean>();

/**
 * Whether what is selected under the field could change with the variables: @include/@skip, or a
 * variable as an argument below it (a companion's page size). Fragments count whether used or not.
 */
function dependsOnVariables(info: GraphQLResolveInfo): boolean {
  const field = info.fieldNodes[0];
  let known = variableDependent.get(field);
  if (known === undefined) {
    known = false;
    const found = () => {
      known = true;
      return BREAK;
    };
    for (const node of [field.selectionSet, ...Object.values(info.fragments)])
      if (node) visit(node, { Directive: found, Variable: found });
    variableDependent.set(field, known);
  }
  return known;
}

/**
 * The answer for a field of a parsed operation, remembered per field node (the same object for
 * every execution of a cached document) unless variables could change it.
 */
function perFieldNode(lookahead: (info: GraphQLResolveInfo) => MovieRelations) {
  const known = new WeakMap<FieldNode, MovieRelations>();
  return (info: GraphQLResolveInfo): MovieRelations => {
    const cacheable = info.fieldNodes.length === 1 && !dependsOnVariables(info);
    const remembered = cacheable ? known.get(info.fieldNodes[0]) : undefined;
    if (remembered) return remembered;
    const relations = lookahead(info);
    if (cacheable) known.set(info.fieldNodes[0], relations);
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

/** `'key', alias.key, …` for a JSON object constructor. */
export const pairs = (alias: string, columns: string[]) => columns.map((c) => `'${c}', ${alias}.${c}`).join(', ');

/** JSON constructors in each database's words. */
export interface JsonSql {
  /** An object from `'key', value, …` pairs. */
  object(pairs: string): string;
  /** An array of `element` over `from` in `order`; [] when there is none. */
  array(element: string, from: string, order: string): string;
}

function jsonSql(postgres: boolean): JsonSql {
  return postgres
    ? {
        object: (list) => `json_build_object(${list})`,
        array: (element, from, order) =>
          `coalesce((select json_agg(${element} order by ${order}) ${from}), '[]'::json)`,
      }
    : {
        object: (list) => `json_object(${list})`,
        // SQLite's json_group_array keeps the subquery's order only over an ordered derived table.
        array: (element, from, order) =>
          `(select json_group_array(json(element)) from (select ${element} as element ${from} order by ${order}))`,
      };
}

/** The alias of the films' cards (see MovieCard) in a statement reading relations from them. */
const CARD = 'card';

const fromCard = (relations: MovieRelations) => relations.director || relations.cast || relations.genres;

/**
 * Joins the cards of the movies in `alias` when their director, cast or genres are asked for, on
 * PostgreSQL. SQLite reads each column with its own subquery instead: with the join, a film's
 * statement (with its reviews) took four times as long, though the query plan looked the same.
 */
export function joinCards(
  em: Em,
  statement: Knex.QueryBuilder,
  alias: string,
  relations: MovieRelations,
): Knex.QueryBuilder {
  return fromCard(relations) && isPostgres(em)
    ? statement.leftJoin(`movie_card as ${CARD}`, `${CARD}.movie_id`, `${alias}.id`)
    : statement;
}

/**
 * Select expressions bringing each wanted relation of the movies in `alias` as JSON (an object,
 * or an array in billing order): director, cast and genres from the films' cards (see
 * joinCards), each companion as its own correlated subquery.
 */
export function relationColumns(em: Em, alias: string, relations: MovieRelations): Knex.Raw[] {
  const knex = em.getKnex();
  const postgres = isPostgres(em);
  const sql = jsonSql(postgres);
  // As text on PostgreSQL too (its driver would parse json): see decodedCards.
  const card = (column: string) =>
    postgres
      ? `${CARD}.${column}::text`
      : `(select ${column} from movie_card ${CARD} where ${CARD}.movie_id = ${alias}.id)`;
  const columns: string[] = [];
  if (relations.director) columns.push(`${card('director')} as with_director`);
  if (relations.cast) columns.push(`${card('cast_members')} as with_cast`);
  if (relations.genres) columns.push(`${card('genres')} as with_genres`);
  relations.companions.forEach(({ field, shape }, i) =>
    columns.push(`${companions.get(field)!.column(sql, alias, shape)} as with_companion_${i}`),
  );
  return columns.map((column) => knex.raw(column));
}

/** PostgreSQL's driver parses json; SQLite returns text. */
export const parsed = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

/**
 * A film card's JSON decoded to views, remembered by its text: the same text always decodes to the
 * same views, so a card is parsed once however many requests show the film, and a card changed by
 * a write is new text. Parsing the cards of a page of 25 films was 11 % of a SQLite list request's
 * CPU, making their views a few % more (session 16 profile). Bounded by the texts' length; the
 * views are frozen, as every request showing the film shares them.
 */
function decodedCards<T extends object>(decode: (json: unknown) => T): (text: unknown) => T {
  const known = new LRUCache<string, T>({ maxSize: 2_000_000, sizeCalculation: (_, text) => text.length });
  return (text) => {
    if (typeof text !== 'string') throw new Error(`a film card column is not JSON text: ${typeof text}`);
    let value = known.get(text);
    if (value === undefined) {
      value = frozenViews(decode(JSON.parse(text)));
      known.set(text, value);
    }
    return value;
  };
}

/** Freezes a view, or a list and each view in it. */
function frozenViews<T extends object>(value: T): T {
  if (Array.isArray(value)) value.forEach((item: object) => Object.freeze(item));
  return Object.freeze(value);
}

const directorOf = decodedCards((json) => personFromRow(json as Row));
const castOf = decodedCards((json) => (json as Row[]).map((actor) => personFromRow(actor)));
const genresOf = decodedCards((json) => (json as Row[]).map(genreFromRow));

/** What a movie's row brought along: the field resolvers answer from it without a loader. */
export interface BroughtRelations {
  director?: Person | null;
  cast?: Person[];
  genres?: Genre[];
  /** Companions' values (JSON, parsed), by field, with the shape they were read for. */
  companions?: Map<string, { shape: string; value: unknown }>;
}

const brought = new WeakMap<Movie, BroughtRelations>();

/** The relations `movie`'s row brought, if it was read with them. */
export const broughtWith = (movie: Movie): BroughtRelations | undefined => brought.get(movie);

/** Keeps what `row` brought with `movie`, the view made from it. */
export function keepRelations(movie: Movie, row: Row, relations: MovieRelations): BroughtRelations {
  const kept: BroughtRelations = {};
  if (relations.director)
    kept.director =
      row.director_id == null || row.with_director == null || row.with_director === 'null'
        ? null
        : directorOf(row.with_director);
  if (relations.cast) kept.cast = castOf(row.with_cast);
  if (relations.genres) kept.genres = genresOf(row.with_genres);
  if (relations.companions.length)
    kept.companions = new Map(
      relations.companions.map(({ field, shape }, i) => [field, { shape, value: parsed(row[`with_companion_${i}`]) }]),
    );
  brought.set(movie, kept);
  return kept;
}

/** What `movie`'s row brought for a companion's field, if it was read for this shape. */
export function broughtCompanion(movie: Movie, field: string, shape: string | undefined): unknown {
  const companion = brought.get(movie)?.companions?.get(field);
  return companion && companion.shape === shape ? companion.value : undefined;
}

export const anyRelation = (relations: MovieRelations) =>
  relations.director || relations.cast || relations.genres || relations.companions.length > 0;

/** The relations' part of a statement shape key. */
export const relationsKey = (relations: MovieRelations | undefined) =>
  relations
    ? `${relations.lean}:${relations.director}:${relations.cast}:${relations.genres}:${relations.companions.map((c) => `${c.field}=${c.shape}`).join(',')}`
    : '-';
