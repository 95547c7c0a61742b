import { searchWords } from '../common/text';
import type { SearchWord } from './search-query';

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’ʼ`][\p{L}\p{N}\p{M}]+)*/gu;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * `text` as HTML with `<mark>` around each word a query word matched (its folded form equals one
 * of the word's alternatives, or starts with one for a prefix word); everything else escaped.
 */
export function highlight(text: string, words: SearchWord[], everyWordPrefix = false): string {
  const matches = (folded: string) =>
    words.some((word) =>
      word.alternatives.some((a) => folded === a || ((word.prefix || everyWordPrefix) && folded.startsWith(a))),
    );
  let html = '';
  let from = 0;
  for (const match of text.matchAll(WORD)) {
    const folded = searchWords(match[0]).join('');
    if (!folded || !matches(folded)) continue;
    html += `${escapeHtml(text.slice(from, match.index))}<mark>${escapeHtml(match[0])}</mark>`;
    from = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(from));
}
