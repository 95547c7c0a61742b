import { badInput } from '../common/errors';

/** An uploaded records file as JSON (a UTF-8 byte order mark is fine). */
export function parseJsonUpload(filename: string, bytes: Buffer): unknown {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch {
    throw badInput('file', `${filename || 'The file'} is not valid JSON`);
  }
}
