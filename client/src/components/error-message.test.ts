import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { humanMessage } from './error-message';

const graphQLError = (message: string, code?: string, field?: string) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: code ? { code, ...(field ? { field } : {}) } : {} }] });

describe('humanMessage', () => {
  it("shows the server's own words for its domain errors", () => {
    expect(humanMessage(graphQLError('Password must be at least 10 characters', 'BAD_USER_INPUT'))).toBe(
      'Password must be at least 10 characters',
    );
    expect(humanMessage(graphQLError('You already reviewed this movie', 'ALREADY_REVIEWED'))).toBe(
      'You already reviewed this movie',
    );
  });

  it('explains bad input on fields people never type, by field', () => {
    expect(humanMessage(graphQLError('id must be a numeric id', 'BAD_USER_INPUT', 'id'))).toMatch(
      /not in the catalogue/,
    );
    expect(
      humanMessage(graphQLError('yearFrom must not be after yearTo', 'BAD_USER_INPUT', 'filter.yearFrom')),
    ).toMatch(/“from” year is after the “to” year/);
    expect(humanMessage(graphQLError('after is not a cursor from this list', 'BAD_USER_INPUT', 'after'))).toMatch(
      /first page/,
    );
    // Fields people do type keep the server's words.
    expect(humanMessage(graphQLError('Username is taken', 'BAD_USER_INPUT', 'username'))).toBe('Username is taken');
  });

  it('puts a sentence in place of developer messages and unknown failures', () => {
    expect(humanMessage(graphQLError('Cannot query field "x" on type "Movie".', 'GRAPHQL_VALIDATION_FAILED'))).toMatch(
      /reload/,
    );
    expect(humanMessage(graphQLError('Internal server error', 'INTERNAL_SERVER_ERROR'))).toMatch(/on our side/);
    expect(humanMessage(graphQLError('Unexpected <EOF>'))).toMatch(/on our side/);
    expect(
      humanMessage(
        new ServerError('Response not successful', {
          response: { status: 502, headers: new Headers() } as Response,
          bodyText: '',
        }),
      ),
    ).toMatch(/on our side/);
    expect(humanMessage(new TypeError('Failed to fetch'))).toMatch(/reach MyMDB/);
  });
});
