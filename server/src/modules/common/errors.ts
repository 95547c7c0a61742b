import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { logger } from './logger';

/** Stable machine-readable codes clients switch on; never rename one. */
const DOMAIN_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'ALREADY_REVIEWED',
  'TOO_MANY_REQUESTS',
  'PAYLOAD_TOO_LARGE',
  'CONFLICT',
] as const;
export type ErrorCode = (typeof DOMAIN_CODES)[number];

/** A failure the caller can act on; its message is safe to show. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /**
   * graphql-js copies an original error's `extensions` onto the error it reports, and Apollo
   * takes the response's HTTP status from `extensions.http`: an oversized upload answers 413.
   */
  get extensions(): Record<string, unknown> {
    return {
      code: this.code,
      ...this.details,
      ...(this.code === 'PAYLOAD_TOO_LARGE' ? { http: { status: 413 } } : {}),
    };
  }
}

export const badInput = (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, { field });
export const notFound = (what: string, id: string | number) =>
  new DomainError('NOT_FOUND', `${what} ${id} does not exist`, { id: String(id) });
export const unauthenticated = (message = 'You must be logged in') => new DomainError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do that') => new DomainError('FORBIDDEN', message);

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  TOO_MANY_REQUESTS: 429,
  PAYLOAD_TOO_LARGE: 413,
};

/** For failures before execution (building the context), where Apollo wants a GraphQLError. */
export function toGraphQLError(error: DomainError): GraphQLError {
  const status = HTTP_STATUS[error.code];
  return new GraphQLError(error.message, {
    extensions: { code: error.code, ...error.details, ...(status ? { http: { status } } : {}) },
  });
}

/** Refusals of an operation as a whole, before it executes (see http/operation-limits.ts). */
const LIMIT_CODES = new Set<string>([
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'TOO_MANY_TOKENS',
  'TOO_MANY_SUBSCRIPTIONS',
  'OPERATION_TIMEOUT',
]);

/** Our codes, and those graphql-js / Apollo attach to errors they raise themselves: their messages are safe to show. */
const SAFE_CODES = new Set<string>([
  ...DOMAIN_CODES,
  ...LIMIT_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** The first error, following `originalError` links (graphql-js and Apollo wrap errors), that `matches`. */
function findInChain<T>(error: unknown, matches: (candidate: unknown) => candidate is T): T | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (matches(current)) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

const domainErrorOf = (error: unknown) => findInChain(error, (c): c is DomainError => c instanceof DomainError);

/**
 * A client error raised with an HTTP status below the resolvers (graphql-upload's "File missing
 * in the request", say, which type-graphql awaits with the other arguments).
 */
function clientHttpErrorOf(error: unknown): { status: number; message: string } | undefined {
  return findInChain(error, (c): c is { status: number; message: string } => {
    const { status, expose } = c as { status?: unknown; expose?: unknown };
    return typeof status === 'number' && status >= 400 && status < 500 && expose === true;
  });
}

/** A limit refusal, possibly wrapped by Apollo (which re-labels validation errors GRAPHQL_VALIDATION_FAILED). */
function limitErrorOf(error: unknown): GraphQLError | undefined {
  return findInChain(error, (c): c is GraphQLError => {
    const code = (c as GraphQLError).extensions?.code;
    return c instanceof GraphQLError && typeof code === 'string' && LIMIT_CODES.has(code);
  });
}

// graphql-js 16 spells it "more that".
const TOKEN_LIMIT = /Document contains more tha[nt] (\d+) tokens/;
const SUGGESTION = / Did you mean .*\?$/;

export interface ErrorPolicy {
  /** graphql-js's "Did you mean …?" hints reveal the schema; production leaves them out. */
  fieldSuggestions: boolean;
}

/** The one place errors become what clients see: domain errors keep their code, the rest are masked and logged. */
export function createFormatError(policy: ErrorPolicy) {
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const domain = domainErrorOf(error);
    if (domain) {
      return { ...formatted, message: domain.message, extensions: { code: domain.code, ...domain.details } };
    }
    const limit = limitErrorOf(error);
    if (limit) {
      const { http: _http, ...extensions } = limit.extensions;
      return { message: limit.message, ...(formatted.locations ? { locations: formatted.locations } : {}), extensions };
    }
    const client = clientHttpErrorOf(error);
    if (client) {
      const code = client.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_USER_INPUT';
      return { message: String(client.message), path: formatted.path, extensions: { code } };
    }
    const tokens = TOKEN_LIMIT.exec(formatted.message);
    if (tokens) {
      return {
        message: formatted.message,
        extensions: { code: 'TOO_MANY_TOKENS', measured: null, limit: Number(tokens[1]) },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && SAFE_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      const message = policy.fieldSuggestions ? formatted.message : formatted.message.replace(SUGGESTION, '');
      return { ...formatted, message, extensions };
    }
    if (isArgumentValidationError(error)) {
      return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
    }
    logger.error('unexpected error in resolver', error);
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

function isArgumentValidationError(error: unknown): boolean {
  const original = (error as GraphQLError | undefined)?.originalError;
  return original?.constructor?.name === 'ArgumentValidationError';
}
