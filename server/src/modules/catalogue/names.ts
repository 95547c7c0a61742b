/** Lower-case, accents stripped, whitespace collapsed: the form search and identity keys compare. */
export function searchable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** As the original app: the last word is the last name, the rest the first name; one word is a first name. */
export function splitName(fullName: string): { firstName: string; lastName: string } {
  const words = collapseSpaces(fullName).split(' ');
  if (words.length === 1) return { firstName: words[0], lastName: '' };
  return { firstName: words.slice(0, -1).join(' '), lastName: words[words.length - 1] };
}

/** Identity of a person or genre: "Penélope Cruz" and "penélope  cruz" are the same person. */
export function nameKey(name: string): string {
  return collapseSpaces(name).toLowerCase();
}
