import { badInput } from '../common/errors';
import { readUpload } from '../common/upload';

/** Reads an uploaded file into memory, refusing more than `maxBytes`, and parses it as JSON. */
export async function readJsonUpload(upload: unknown, maxBytes: number): Promise<unknown> {
  const { filename, bytes } = await readUpload(upload, maxBytes);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch {
    throw badInput('file', `${filename || 'The file'} is not valid JSON`);
  }
}
