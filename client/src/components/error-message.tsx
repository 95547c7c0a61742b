import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/**
 * Codes whose raw message is written for developers, with the sentence people get instead. Every
 * other code's message is meant to be shown: the server writes its domain errors for people
 * ("Password is too short") and masks anything unexpected as INTERNAL_SERVER_ERROR.
 */
const SENTENCES: Record<string, string> = {
  GRAPHQL_VALIDATION_FAILED: 'This page is out of date with the server; reload it.',
  GRAPHQL_PARSE_FAILED: 'This page is out of date with the server; reload it.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side; try again in a moment.',
};

/**
 * BAD_USER_INPUT on fields people never type themselves (ids, cursors, page sizes in the URL):
 * the server's message names the argument; people get what it means for them.
 */
const FIELD_SENTENCES: Record<string, string> = {
  id: 'This is not in the catalogue (the link may be mistyped).',
  movieId: 'This movie is not in the catalogue (the link may be mistyped).',
  'filter.directorId': 'This director is not in the catalogue (the link may be mistyped).',
  'filter.actorId': 'This actor is not in the catalogue (the link may be mistyped).',
  'filter.excludePersonIds': 'One of the people to leave out is not in the catalogue.',
  'filter.yearFrom': 'The “from” year is after the “to” year. Swap them or change one.',
  after: 'This list changed since the page was loaded; start again from the first page.',
  offset: 'This page number is out of range; go back to the first page.',
  first: 'That is more results than one page can show.',
  limit: 'That is more results than can be shown at once.',
  conversationId: 'This conversation has expired; start a new one.',
};

export function humanMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
    const field = first?.extensions?.field;
    if (code === 'BAD_USER_INPUT' && typeof field === 'string' && FIELD_SENTENCES[field]) return FIELD_SENTENCES[field];
    return SENTENCES[code] ?? (first?.message || SENTENCES.INTERNAL_SERVER_ERROR);
  }
  if (ServerError.is(error))
    return error.statusCode >= 500 ? SENTENCES.INTERNAL_SERVER_ERROR : 'The server refused this request.';
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
