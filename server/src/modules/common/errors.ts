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
  return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details, ...(status ? { http: { status } } : {}) } });
}

/** Our codes, and those graphql-js / Apollo attach to errors they raise themselves: their messages are safe to show. */
const SAFE_CODES = new Set<string>([
  ...DOMAIN_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function domainErrorOf(error: unknown): DomainError | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof DomainError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/** The one place errors become what clients see: domain errors keep their code, the rest are masked and logged. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const domain = domainErrorOf(error);
  if (domain) {
    return { ...formatted, message: domain.message, extensions: { code: domain.code, ...domain.details } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && SAFE_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (isArgumentValidationError(error)) {
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
  }
  logger.error('unexpected error in resolver', error);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

function isArgumentValidationError(error: unknown): boolean {
  const original = (error as GraphQLError | undefined)?.originalError;
  return original?.constructor?.name === 'ArgumentValidationError';
}
