import unhomoglyph from 'unhomoglyph';
import { collapseSpaces } from '../common/text';

/** Usernames are stored in NFKC: fullwidth and mathematical letters become plain ones. */
export function normalizeUsername(raw: string): string {
  return collapseSpaces(raw.normalize('NFKC'));
}

/** Case-insensitive identity: what login looks a user up by. */
export function usernameKey(raw: string): string {
  return normalizeUsername(raw).toLowerCase();
}

/**
 * The confusable skeleton of Unicode TR39 (NFD, then every character mapped to its prototype in
 * the Unicode confusables table, then NFD), over the case-folded name: Latin "admin" and
 * Cyrillic "аdmin" share one, so the second cannot sign up. `unhomoglyph` carries that table.
 */
export function usernameSkeleton(raw: string): string {
  return unhomoglyph(usernameKey(raw).normalize('NFD')).normalize('NFD').toLowerCase();
}
