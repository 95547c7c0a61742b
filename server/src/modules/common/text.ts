/** Letters that NFKD leaves whole but people type without their stroke or ligature. */
const PLAIN_LETTERS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

/** Lower-case, accents stripped ("Søren" as "soren"), whitespace collapsed: the form search and sort compare. */
export function searchable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđðþıħ]/g, (letter) => PLAIN_LETTERS[letter])
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words of a text as search compares them: folded as `searchable`, apostrophes dropped
 * ("Schindler's" is "schindlers"), split at anything else that is not a letter or digit
 * ("WALL·E" is "wall e"). The index and the query use this one function, on both databases.
 */
export function searchWords(text: string): string[] {
  return searchable(text)
    .replace(/['’ʼ`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
