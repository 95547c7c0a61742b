import { collapseSpaces, searchable, searchWords } from '../common/text';

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

/** The form a person's name is searched in: its search words ("Zoë Kravitz" is "zoe kravitz"). */
export function personSearchName(name: string): string {
  return searchWords(name).join(' ');
}

/** Titles sort ignoring case and accents ("Élite" beside "Elite"). */
export function sortTitle(title: string): string {
  return searchable(title);
}
