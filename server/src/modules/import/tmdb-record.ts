import { nameKey } from '../catalogue/names';
import { collapseSpaces } from '../common/text';
import { normaliseKey } from '../storage/storage';

export const MAX_ACTORS = 4;
const MIN_YEAR = 1870;
// Names must fit a person's first-name column (150) whole, whatever the split.
const LIMITS = { title: 300, description: 10_000, name: 150, genre: 100 };

/** A record that passed validation, trimmed and normalised. */
export interface MovieRecord {
  index: number;
  title: string;
  releaseYear: number;
  description: string;
  director: string | null;
  actors: string[];
  genres: string[];
  posterKey: string | null;
}

export type ParseResult = { ok: true; record: MovieRecord } | { ok: false; title: string | null; message: string };

class RecordError extends Error {}

function optionalString(value: unknown, field: string, max: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new RecordError(`${field} must be a string`);
  const text = collapseSpaces(value);
  if (text.length > max) throw new RecordError(`${field} is longer than ${max} characters`);
  return text || null;
}

function stringList(value: unknown, field: string, max: number): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new RecordError(`${field} must be a list of strings`);
  const seen = new Set<string>();
  const result: string[] = [];
  for (const item of value) {
    const text = optionalString(item, `${field} entries`, max);
    if (text && !seen.has(nameKey(text))) {
      seen.add(nameKey(text));
      result.push(text);
    }
  }
  return result;
}

function releaseYear(value: unknown): number {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  if (text === undefined) throw new RecordError('release_year must be a year (number or string)');
  if (!/^\d{4}$/.test(text)) throw new RecordError(`release_year "${text}" is not a four-digit year`);
  const year = Number(text);
  const latest = new Date().getUTCFullYear() + 10;
  if (year < MIN_YEAR || year > latest) throw new RecordError(`release_year ${year} is outside ${MIN_YEAR}-${latest}`);
  return year;
}

/** Validates one TMDB-style record; extra keys (tmdb_id, genre_ids ...) are ignored. */
export function parseRecord(raw: unknown, index: number): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, title: null, message: 'record must be an object' };
  }
  const data = raw as Record<string, unknown>;
  const rawTitle = typeof data.title === 'string' ? collapseSpaces(data.title) : null;
  try {
    const title = optionalString(data.title, 'title', LIMITS.title);
    if (!title) throw new RecordError('title is required');
    const poster = optionalString(data.poster, 'poster', 500);
    return {
      ok: true,
      record: {
        index,
        title,
        releaseYear: releaseYear(data.release_year),
        description: optionalString(data.description, 'description', LIMITS.description) ?? '',
        director: optionalString(data.director, 'director', LIMITS.name),
        actors: stringList(data.main_actors, 'main_actors', LIMITS.name).slice(0, MAX_ACTORS),
        genres: stringList(data.genres, 'genres', LIMITS.genre),
        posterKey: poster ? normaliseKey(poster) : null,
      },
    };
  } catch (error) {
    if (error instanceof RecordError) return { ok: false, title: rawTitle || null, message: error.message };
    throw error;
  }
}
