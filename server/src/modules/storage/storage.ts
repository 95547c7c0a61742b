import type { StorageConfig } from '../../config';
import { LocalStorage } from './local-storage';

/** Where posters live. Keys are relative paths such as posters/x.jpg. */
export interface FileStorage {
  exists(key: string): Promise<boolean>;
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** Removes a file; one already gone is fine. */
  remove(key: string): Promise<void>;
  /** What a browser fetches; a path on this server for local storage. */
  publicUrl(key: string): string;
}

/** Rejects absolute paths, `..` segments and odd characters, so a record cannot point outside storage. */
export function normaliseKey(key: string): string | null {
  const cleaned = key
    .trim()
    .replace(/\\/g, '/')
    .replace(/^\.\/+/, '');
  if (!cleaned || cleaned.startsWith('/') || cleaned.length > 500) return null;
  const segments = cleaned.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || !/^[\w.@() -]+$/.test(s))) return null;
  return cleaned;
}

export function contentTypeFor(key: string): string {
  const extension = key.slice(key.lastIndexOf('.') + 1).toLowerCase();
  const types: Record<string, string> = {
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    png: 'image/png',
    webp: 'image/webp',
    svg: 'image/svg+xml',
    gif: 'image/gif',
  };
  return types[extension] ?? 'application/octet-stream';
}

/** The AWS SDK is loaded only when S3 is configured: it costs ~20 MB of memory. */
export async function createStorage(config: StorageConfig): Promise<FileStorage> {
  if (config.kind === 'local') return new LocalStorage(config.root, config.publicPath);
  const { S3Storage } = await import('./s3-storage');
  return new S3Storage(config);
}
