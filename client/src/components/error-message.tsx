import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/**
 * Our domain codes come with messages written for people ("Password is too short"), so those are
 * shown as they are; anything else gets a sentence chosen by its code.
 */
const DOMAIN_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'ALREADY_REVIEWED',
  'TOO_MANY_REQUESTS',
  'PAYLOAD_TOO_LARGE',
  'CONFLICT',
]);

const SENTENCES: Record<string, string> = {
  GRAPHQL_VALIDATION_FAILED: 'This page is out of date with the server; reload it.',
  GRAPHQL_PARSE_FAILED: 'This page is out of date with the server; reload it.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side; try again in a moment.',
};

export function humanMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : '';
    if (DOMAIN_CODES.has(code) && first?.message) return first.message;
    return SENTENCES[code] ?? SENTENCES.INTERNAL_SERVER_ERROR;
  }
  if (ServerError.is(error)) return error.statusCode >= 500 ? SENTENCES.INTERNAL_SERVER_ERROR : 'The server refused this request.';
  if (error instanceof TypeError || (error instanceof Error && /reach|network|fetch/i.test(error.message)))
    return 'Cannot reach MyMDB; check your connection.';
  return 'Something went wrong; try again.';
}

/** The code of the first GraphQL error, for callers that react to one (e.g. send guests to login). */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

export function ErrorMessage({ error }: { error: unknown }) {
  return (
    <p role="alert" className="error">
      {humanMessage(error)}
    </p>
  );
}
