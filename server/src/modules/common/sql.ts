/** Escapes LIKE wildcards so user text matches literally; pair with `escape '\'`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export const LIKE_ESCAPED = "like ? escape '\\'";
