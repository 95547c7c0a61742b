import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  NoSchemaIntrospectionCustomRule,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import type { OperationLimits } from '../config';
import { DEFAULT_PAGE_SIZE } from '../modules/common/pagination';

/**
 * The cost model. Every field costs 1 (more where resolving it is work of its own: a statement, a
 * password hash, a model call); a list field multiplies what it selects by how many items it can
 * return: its `first` / `last` / `limit` argument (the default when omitted), or a known bound.
 * Connections multiply at the connection field, so `edges` counts once. The web client's pages
 * cost a few hundred; nesting lists inside lists grows the cost geometrically and is refused.
 */
const FIELD_COST: Readonly<Record<string, number>> = {
  'Movie.similar': 10,
  'MovieConnection.totalCount': 10,
  'ReviewConnection.totalCount': 5,
  'PersonConnection.totalCount': 5,
  'Query.search': 5,
  'Mutation.login': 20,
  'Mutation.signup': 20,
  'Mutation.askBot': 50,
  'Subscription.askBotStream': 50,
  'Mutation.importMovies': 500,
  'Mutation.importMoviesJson': 500,
};

/** How many items a list field without a size argument returns at most (or in practice). */
const LIST_SIZE: Readonly<Record<string, number>> = {
  'Query.movies': DEFAULT_PAGE_SIZE,
  'Query.people': DEFAULT_PAGE_SIZE,
  'Query.directors': DEFAULT_PAGE_SIZE,
  'Query.actors': DEFAULT_PAGE_SIZE,
  'Movie.mainActors': 4,
  'Movie.genres': 5,
  'Movie.ratingDistribution': 5,
  'SimilarMovie.sharedGenres': 5,
  'BotReply.movies': 5,
  'Query.genres': 30,
  'Person.directed': 30,
  'Person.actedIn': 30,
  'SimilarMovie.sharedActors': 4,
  'User.ratings': 50,
  'User.reviews': 50,
};
const DEFAULT_LIST_SIZE = 20;
const MAX_CACHED_COSTS = 1_000;
const MAX_CACHED_KEY = 20_000;
const SIZE_ARGUMENTS = ['first', 'last', 'limit'] as const;

function estimateField({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const key = `${type.name}.${field.name}`;
  const own = FIELD_COST[key] ?? 1;
  const isConnection = getNamedType(field.type).name.endsWith('Connection');
  const isList = isListType(getNullableType(field.type));
  // A connection's edges were multiplied by the connection's size already.
  if (!(isConnection || isList) || field.name === 'edges') return own + childComplexity;
  const given = SIZE_ARGUMENTS.map((name): unknown => args[name]).find(
    (value): value is number => typeof value === 'number',
  );
  const size = given ?? LIST_SIZE[key] ?? DEFAULT_LIST_SIZE;
  return own + Math.max(size, 1) * childComplexity;
}

/** The cost of the operation `operationName` of `document` with these variables. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [estimateField],
  });
}

/** Strings become one placeholder: a cache key that tells apart only what the cost can depend on. */
const costShape = (_key: string, value: unknown) => (typeof value === 'string' ? '' : value);

function limitError(code: string, what: string, measured: number, limit: number): GraphQLError {
  return new GraphQLError(`This operation is too ${what}: ${measured} where at most ${limit} is allowed`, {
    extensions: { code, measured, limit },
  });
}

/** graphql-armor's rules report "… limit of N exceeded, found M."; we re-issue that with a stable code. */
function armorRejection(code: string, what: string, limit: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const measured = Number(/found (\d+)/.exec(error.message)?.[1] ?? NaN);
    context?.reportError(limitError(code, what, measured, limit));
  };
}

export interface OperationGuard {
  /** For `parse`: a document longer than this many tokens is not even parsed. */
  parseOptions: { maxTokens: number };
  /** Depth, aliases, directives (and introspection when it is off), run with graphql's own rules. */
  validationRules: ValidationRule[];
  /** Throws QUERY_TOO_COMPLEX (or a parse error past maxQueryNodes) before anything executes. */
  assertAffordable(
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName?: string | null,
  ): void;
}

export function createOperationGuard(
  schema: GraphQLSchema,
  limits: OperationLimits,
  introspection: boolean,
): OperationGuard {
  const validationRules: ValidationRule[] = [
    maxDepthRule({
      n: limits.maxDepth,
      flattenFragments: true,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: [armorRejection('QUERY_TOO_DEEP', 'deep', limits.maxDepth)],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [armorRejection('TOO_MANY_ALIASES', 'aliased', limits.maxAliases)],
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [armorRejection('TOO_MANY_DIRECTIVES', 'directive-heavy', limits.maxDirectives)],
    }),
  ];
  if (!introspection) validationRules.push(NoSchemaIntrospectionCustomRule);
  const costs = new Map<string, number>();
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules,
    assertAffordable(document, variables, operationName) {
      // A client sends the same few operations again and again: their cost is computed once. Only
      // numbers and booleans in variables can change it (sizes, @include/@skip), not ids or text.
      const text = document.loc?.source.body;
      const key =
        text === undefined
          ? undefined
          : `${operationName ?? ''}\n${JSON.stringify(variables ?? {}, costShape)}\n${text}`;
      const known = key === undefined ? undefined : costs.get(key);
      if (known !== undefined) {
        if (known > limits.maxCost) throw limitError('QUERY_TOO_COMPLEX', 'complex', known, limits.maxCost);
        return;
      }
      let cost: number;
      try {
        cost = operationCost(schema, document, variables, operationName);
      } catch (error) {
        // Variables that do not fit their types: the operation cannot run, and says why.
        if (!/maximum allowed number of nodes/.test(String((error as Error).message))) {
          throw new GraphQLError((error as Error).message, { extensions: { code: 'BAD_USER_INPUT' } });
        }
        // graphql-query-complexity stops counting past 10,000 fields (a fragment bomb).
        throw new GraphQLError(
          `This operation is too complex: more than 10000 fields where a cost of at most ${limits.maxCost} is allowed`,
          {
            extensions: { code: 'QUERY_TOO_COMPLEX', measured: null, limit: limits.maxCost },
          },
        );
      }
      if (key !== undefined && key.length < MAX_CACHED_KEY) {
        if (costs.size >= MAX_CACHED_COSTS) costs.delete(costs.keys().next().value!);
        costs.set(key, cost);
      }
      if (cost > limits.maxCost) throw limitError('QUERY_TOO_COMPLEX', 'complex', cost, limits.maxCost);
    },
  };
}
