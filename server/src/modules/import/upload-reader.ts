import type { FileUpload } from 'graphql-upload-ts';
import { badInput, DomainError } from '../common/errors';

/** Reads an uploaded file into memory, refusing more than `maxBytes`, and parses it as JSON. */
export async function readJsonUpload(upload: Promise<FileUpload>, maxBytes: number): Promise<unknown> {
  const file = await upload;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of file.createReadStream()) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw tooLarge(maxBytes);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    if ((error as { status?: number }).status === 413) throw tooLarge(maxBytes);
    throw badInput('file', `The upload could not be read: ${(error as Error).message}`);
  }
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch {
    throw badInput('file', `${file.filename || 'The file'} is not valid JSON`);
  }
}

function tooLarge(maxBytes: number): DomainError {
  return new DomainError('PAYLOAD_TOO_LARGE', `The file is larger than the ${Math.round(maxBytes / 1024)} KiB limit`, {
    field: 'file',
    maxBytes,
  });
}
