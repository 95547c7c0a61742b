import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';

/** Documents already checked, as parsed objects: Apollo and graphql-ws cache parses per text. */
const cleanDocuments = new WeakSet<DocumentNode>();

/** No string argument or input field may be longer; resolvers set tighter bounds of their own. */
export const MAX_STRING_INPUT = 20_000;

/**
 * U+0000 and other C0 controls (tab, newline and carriage return excepted), DEL, lone surrogates
 * (`\p{Cs}` matches only unpaired ones in a `u` regex) and Unicode non-characters. PostgreSQL
 * cannot store U+0000, SQLite stores a lone surrogate as invalid UTF-8, and none of them is text
 * a person typed.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNACCEPTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\p{Cs}\p{Noncharacter_Code_Point}]/u;

function refuse(field: string, problem: string): GraphQLError {
  return new GraphQLError(`${field} ${problem}`, { extensions: { code: 'BAD_USER_INPUT', field } });
}

function checkString(field: string, text: string): void {
  if (text.length > MAX_STRING_INPUT) throw refuse(field, `must be at most ${MAX_STRING_INPUT} characters`);
  const bad = UNACCEPTABLE.exec(text);
  if (bad) {
    const codePoint = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw refuse(field, `contains a character that is not text (U+${codePoint})`);
  }
}

function checkValue(field: string, value: unknown): void {
  if (typeof value === 'string') checkString(field, value);
  else if (Array.isArray(value)) value.forEach((item, i) => checkValue(`${field}.${i}`, item));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      checkString(`${field}.${key}`, key);
      checkValue(`${field}.${key}`, item);
    }
  }
}

function checkLiteral(field: string, node: ValueNode): void {
  if (node.kind === Kind.STRING) checkString(field, node.value);
  else if (node.kind === Kind.LIST) node.values.forEach((item, i) => checkLiteral(`${field}.${i}`, item));
  else if (node.kind === Kind.OBJECT)
    for (const entry of node.fields) checkLiteral(`${field}.${entry.name.value}`, entry.value);
}

/**
 * Every string the operation passes in, inline or through variables, checked in one place before
 * a resolver or the database sees it. Throws BAD_USER_INPUT naming the argument or input field.
 */
export function assertCleanInput(document: DocumentNode, variables: Record<string, unknown> | undefined | null): void {
  for (const [name, value] of Object.entries(variables ?? {})) checkValue(name, value);
  // A document's inline strings never change: one that passed once passes again.
  if (cleanDocuments.has(document)) return;
  visit(document, {
    Argument(node) {
      checkLiteral(node.name.value, node.value);
      return false;
    },
  });
  cleanDocuments.add(document);
}
