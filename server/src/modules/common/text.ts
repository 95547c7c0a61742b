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
