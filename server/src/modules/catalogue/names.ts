import { collapseSpaces, searchable } from '../common/text';

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

/** The form a person's name is searched in. */
export function personSearchName(name: string): string {
  return searchable(name);
}

/** Titles sort ignoring case and accents ("Élite" beside "Elite"). */
export function sortTitle(title: string): string {
  return searchable(title);
}

/** What a movie's search matches: its title, overview, director and cast. */
export function movieSearchText(movie: {
  title: string;
  description: string;
  director?: string | null;
  actors: string[];
}): string {
  return searchable([movie.title, movie.description, movie.director ?? '', ...movie.actors].join(' '));
}
