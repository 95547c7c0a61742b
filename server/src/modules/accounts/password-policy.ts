import { dictionary } from '@zxcvbn-ts/language-common';
import { badInput, DomainError } from '../common/errors';

export const MIN_PASSWORD_LENGTH = 8;
/** Long enough for any passphrase, short enough that hashing it is no denial-of-service. */
export const MAX_PASSWORD_LENGTH = 128;
const MAX_SIMILARITY = 0.7;

let commonPasswords: Set<string> | undefined;

function isCommon(password: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return commonPasswords.has(password.toLowerCase());
}

/** Longest-common-subsequence ratio in [0, 1]; close to Django's SequenceMatcher ratio. */
function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    }
    previous = current;
  }
  return (2 * previous[b.length]) / (a.length + b.length);
}

/** The user's own attributes and their parts ("ana.lopez@x.org" gives ana, lopez, x, org ...). */
function attributeParts(values: string[]): string[] {
  return values.flatMap((value) => {
    const lower = value.toLowerCase();
    return [lower, ...lower.split(/\W+/)].filter((part) => part.length >= 3);
  });
}

/** What the password rules say, in order: shown before anyone types, and checked on the server. */
export const PASSWORD_RULES = [
  'not too similar to your username or email',
  `at least ${MIN_PASSWORD_LENGTH} characters`,
  'not a commonly used password',
  'not entirely numeric',
];

/**
 * Django's default validators, in order: too similar to the username or email, too short,
 * too common, entirely numeric. Every failure is reported at once: the message lists them and
 * `problems` holds them one by one.
 */
export function assertAcceptablePassword(password: string, attributes: { username: string; email?: string }): void {
  if (password.length > MAX_PASSWORD_LENGTH)
    throw badInput('password', `Password must be at most ${MAX_PASSWORD_LENGTH} characters`);
  const lower = password.toLowerCase();
  const attributeValues = [attributes.username, attributes.email ?? ''].filter(Boolean);
  const problems: string[] = [];
  if (attributeParts(attributeValues).some((part) => similarity(lower, part) >= MAX_SIMILARITY))
    problems.push('Password is too similar to your username or email');
  if (password.length < MIN_PASSWORD_LENGTH)
    problems.push(`Password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  if (isCommon(password)) problems.push('Password is too common');
  if (/^\d+$/.test(password)) problems.push('Password cannot be entirely numeric');
  if (problems.length > 0)
    throw new DomainError('BAD_USER_INPUT', problems.join('. '), { field: 'password', problems });
}
