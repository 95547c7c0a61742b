const MESSAGES: Record<string, string> = {
  BAD_USER_INPUT: 'That request was not valid.',
  NOT_FOUND: 'We could not find that.',
  UNAUTHENTICATED: 'Please log in first.',
  FORBIDDEN: 'You are not allowed to do that.',
  TOO_MANY_REQUESTS: 'Too many attempts; wait a moment.',
};

/** API errors as sentences people can act on, chosen by `extensions.code`. */
export function ErrorMessage({ error }: { error: { message: string; errors?: ReadonlyArray<{ message: string; extensions?: { code?: unknown } }> } }) {
  const first = error.errors?.[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : undefined;
  return <p role="alert" className="error">{(code && MESSAGES[code]) ?? first?.message ?? 'Something went wrong; try again.'}</p>;
}
