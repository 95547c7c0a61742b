import type { Knex } from '@mikro-orm/knex';
import { searchWords } from '../common/text';
import { readPrepared } from '../../db/prepared';
import { MIN_TERM_LENGTH } from './search-index';

/** One word of a query and what it may match: itself, and the vocabulary words it is probably a typo of. */
export interface SearchWord {
  alternatives: string[];
  /** The last word matches as a prefix: suggestions while typing, "kubr" finds Kubrick. */
  prefix: boolean;
}

export interface ParsedSearch {
  words: SearchWord[];
  /** The query as the catalogue spells it (each word's best alternative): what titles are compared to. */
  phrase: string;
}

const MAX_WORDS = 10;

const MAX_CORRECTIONS = 3;
const MAX_CANDIDATES = 40;

/**
 * Folds the query into words and corrects words the vocabulary does not know (see search_term):
 * candidates sharing trigrams come from the database's trigram index (pg_trgm or FTS5's trigram
 * tokenizer); the choice is made here, by edit distance then trigram similarity, so both
 * databases correct the same way. Null when the text holds no word.
 */
export async function parseSearch(knex: Knex, postgres: boolean, text: string): Promise<ParsedSearch | null> {
  const words = searchWords(text).slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  const last = words.length - 1;
  const known = await knownWords(knex, postgres, words);
  const parsed: SearchWord[] = [];
  for (const [i, word] of words.entries()) {
    const prefix = i === last;
    if (word.length < MIN_TERM_LENGTH || known.has(i)) {
      parsed.push({ alternatives: [word], prefix });
      continue;
    }
    const corrections = await correctionsOf(knex, postgres, word);
    parsed.push({ alternatives: [...corrections, word], prefix });
  }
  return { words: parsed, phrase: parsed.map((word) => word.alternatives[0]).join(' ') };
}

/** Positions of the words the vocabulary holds (the last one as a prefix of some word), in one statement. */
async function knownWords(knex: Knex, postgres: boolean, words: string[]): Promise<Set<number>> {
  const checked = words.filter((word) => word.length >= MIN_TERM_LENGTH);
  if (checked.length === 0) return new Set();
  const lastWord = words[words.length - 1];
  const prefixed = startingWith(postgres, lastWord);
  const list = checked.map(() => '?').join(', ');
  const result = await readPrepared(
    knex,
    knex.raw(
      `select term from search_term where term in (${list}) union all select * from (select term from search_term where ${prefixed.sql} limit 1) as prefixed`,
      [...checked, ...prefixed.bindings],
    ),
  );
  const rows = result.map((row) => ({ term: String(row.term) }));
  const found = new Set(rows.map((row) => row.term));
  const known = new Set<number>();
  words.forEach((word, i) => {
    if (found.has(word)) known.add(i);
  });
  if (rows.some((row) => row.term.startsWith(lastWord))) known.add(words.length - 1);
  return known;
}

/**
 * Vocabulary words starting with `prefix`, as an indexed condition whatever the prefix: GLOB on
 * the primary key (SQLite), a range in code point order on search_term_prefix_index (PostgreSQL,
 * migration 019). PostgreSQL's statements are prepared, and a generic plan cannot turn `like $1`
 * into a range: it scanned all 32,000 words of the scale data for a prefix none has (1.2 ms).
 */
function startingWith(postgres: boolean, prefix: string): { sql: string; bindings: string[] } {
  return postgres
    ? { sql: 'term collate "C" >= ? and term collate "C" < ?', bindings: [prefix, `${prefix}\u{10FFFF}`] }
    : { sql: 'term glob ?', bindings: [`${prefix}*`] };
}

/**
 * Vocabulary words that may be what `word` meant, from two indexed lookups: words sharing
 * trigrams (pg_trgm's similarity, or FTS5's trigram index), and words of about the same length
 * starting with the same two letters (a swap in the middle, "sielnt", shares no inner trigram
 * with "silent").
 */
async function correctionsOf(knex: Knex, postgres: boolean, word: string): Promise<string[]> {
  const length = [...word].length;
  const start = startingWith(postgres, [...word].slice(0, 2).join(''));
  const sameStart = [...start.bindings, length - 2, length + 2, MAX_CANDIDATES];
  const result = await readPrepared(
    knex,
    postgres
      ? knex.raw(
          `select * from (select term from search_term where term % ? order by similarity(term, ?) desc limit ?) as by_trigrams
         union select * from (select term from search_term where ${start.sql} and length(term) between ? and ? limit ?) as same_start`,
          [word, word, MAX_CANDIDATES, ...sameStart],
        )
      : knex.raw(
          `select * from (select term from search_term_trigram where search_term_trigram match ? order by rank limit ?)
         union select * from (select term from search_term where ${start.sql} and length(term) between ? and ? limit ?)`,
          [
            trigramsOf(word)
              .map((trigram) => `"${trigram}"`)
              .join(' OR '),
            MAX_CANDIDATES,
            ...sameStart,
          ],
        ),
  );
  return chooseCorrections(
    word,
    result.map((row) => String(row.term)),
  );
}

/** The nearest candidates (fewest edits, at most 1 for short words and 2 otherwise), those sharing most trigrams first. */
export function chooseCorrections(word: string, candidates: string[]): string[] {
  const allowed = word.length <= 4 ? 1 : 2;
  const close = candidates
    .map((term) => ({ term, distance: editDistance(word, term), similarity: trigramSimilarity(word, term) }))
    .filter((c) => c.distance <= allowed);
  // Only the nearest: one letter off beats two, whatever else matches.
  const nearest = Math.min(...close.map((c) => c.distance));
  return close
    .filter((c) => c.distance === nearest)
    .sort((a, b) => b.similarity - a.similarity || (a.term < b.term ? -1 : 1))
    .slice(0, MAX_CORRECTIONS)
    .map((c) => c.term);
}

/** Three-letter pieces as FTS5's trigram tokenizer indexes them. */
function trigramsOf(word: string): string[] {
  const letters = [...word];
  const trigrams = new Set<string>();
  for (let i = 0; i + 3 <= letters.length; i++) trigrams.add(letters.slice(i, i + 3).join(''));
  return [...trigrams];
}

/** pg_trgm's similarity: shared trigrams of the space-padded words over all their trigrams. */
export function trigramSimilarity(a: string, b: string): number {
  const padded = (word: string) => trigramsOf(`  ${word} `);
  const left = new Set(padded(a));
  const right = new Set(padded(b));
  let shared = 0;
  for (const trigram of left) if (right.has(trigram)) shared++;
  return shared / (left.size + right.size - shared);
}

/** Edits (insert, delete, substitute, swap two neighbours) turning a into b. */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= s.length; i++)
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[s.length][t.length];
}

/**
 * PostgreSQL tsquery text: words ANDed, alternatives ORed, the last word a prefix; `weights`
 * ("A": titles) limits where they may match. Words are letters and digits only.
 */
export function tsQuery(search: ParsedSearch, weights = ''): string {
  const suffix = (prefix: boolean) => (prefix || weights ? `:${prefix ? '*' : ''}${weights}` : '');
  return search.words
    .map((word) => `(${word.alternatives.map((a) => `'${a}'${suffix(word.prefix)}`).join(' | ')})`)
    .join(' & ');
}

/** The same query in FTS5's syntax; `column` limits where it may match. */
export function ftsQuery(search: ParsedSearch, everyWordPrefix = false, column?: string): string {
  const query = search.words
    .map(
      (word) => `(${word.alternatives.map((a) => `"${a}"${word.prefix || everyWordPrefix ? '*' : ''}`).join(' OR ')})`,
    )
    .join(' AND ');
  return column ? `{${column}} : (${query})` : query;
}

/**
 * How well a title (search words) matches: 3 when it is the phrase, 2 when it starts with it or
 * holds it whole ("leon" in "leon the professional", "alien" in "aliens"), 1 otherwise. Exact and
 * near-exact titles come first, whatever the text rank says. Suggestions (`startOnly`) give 2 to
 * a title that starts with what is typed only.
 */
export function titleTier(
  column: string,
  options: { startOnly: true } | { postgres: boolean },
): { sql: string; bindings: (phrase: string) => string[] } {
  if ('startOnly' in options)
    return {
      sql: `(case when ${column} = ? then 3 when ${column} like ? then 2 else 1 end)`,
      bindings: (phrase) => [phrase, `${phrase}%`],
    };
  // Most matches do not hold the phrase at all (a word in the cast, genres or description): one
  // substring search settles them before the comparisons (a word in every film's genres: 0.5 ms
  // less of the search statement on PostgreSQL). The phrase is letters, digits and spaces
  // (searchWords), so LIKE finds nothing the substring search does not.
  const absent = `${options.postgres ? 'strpos' : 'instr'}(${column}, ?) = 0`;
  return {
    sql: `(case when ${absent} then 1 when ${column} = ? then 3 when ${column} like ? or ${column} like ? then 2 else 1 end)`,
    bindings: (phrase) => [phrase, phrase, `${phrase}%`, `% ${phrase}%`],
  };
}
