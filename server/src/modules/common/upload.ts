import type { FileUpload } from 'graphql-upload-ts';
import { badInput, DomainError } from './errors';

/** An uploaded file's name and bytes, read into memory up to `maxBytes` (PAYLOAD_TOO_LARGE beyond). */
export async function readUpload(upload: unknown, maxBytes: number): Promise<{ filename: string; bytes: Buffer }> {
  const file = await resolveUpload(upload);
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
  return { filename: file.filename, bytes: Buffer.concat(chunks) };
}

/** The multipart file behind an Upload argument; a missing part or a plain value is the caller's mistake. */
async function resolveUpload(upload: unknown): Promise<FileUpload> {
  let file: unknown;
  try {
    file = await upload;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 413) throw new DomainError('PAYLOAD_TOO_LARGE', 'The file is too large', { field: 'file' });
    throw badInput('file', `The file did not arrive: ${(error as Error).message}`);
  }
  if (!file || typeof (file as FileUpload).createReadStream !== 'function') {
    throw badInput('file', 'Send the file as a multipart upload (GraphQL multipart request)');
  }
  return file as FileUpload;
}

function tooLarge(maxBytes: number): DomainError {
  return new DomainError('PAYLOAD_TOO_LARGE', `The file is larger than the ${Math.round(maxBytes / 1024)} KiB limit`, {
    field: 'file',
    maxBytes,
  });
}
