import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import yauzl from 'yauzl';
import { badInput } from '../common/errors';
import { normaliseKey } from '../storage/storage';

/** What a catalogue export holds at most: limits that a zip bomb or a path trick runs into first. */
export interface ZipLimits {
  maxEntries: number;
  /** All entries together, uncompressed. */
  maxTotalBytes: number;
  /** One poster, uncompressed. */
  maxPosterBytes: number;
}

/** One poster, unpacked: larger than any poster, small enough to hold in memory. */
export const MAX_POSTER_BYTES = 10 * 1024 * 1024;

/** A zip, judged by its first bytes ("PK\x03\x04"), not by its name. */
export const isZip = (bytes: Buffer) =>
  bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export interface UnpackedImport {
  records: unknown;
  /** A temporary folder holding the posters that are real images, at their paths in the zip. */
  postersDir: string;
  /** Posters skipped because their content is not a JPEG, PNG or WebP image. */
  notImages: string[];
  remove(): Promise<void>;
}

const refuse = (message: string) => badInput('file', message);

function open(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    // decodeStrings + strictFileNames: absolute paths, `..` and backslashes are errors.
    yauzl.fromBuffer(
      bytes,
      { lazyEntries: true, decodeStrings: true, strictFileNames: true, validateEntrySizes: true },
      (error, zip) => (error ? reject(refuse(`The zip cannot be read: ${error.message}`)) : resolve(zip)),
    ),
  );
}

/** An entry's bytes, never more than `max` (the declared size is checked again while reading). */
function read(zip: yauzl.ZipFile, entry: yauzl.Entry, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (entry.uncompressedSize > max) return reject(refuse(`${entry.fileName} is larger than allowed`));
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(refuse(`${entry.fileName} cannot be read: ${error.message}`));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > max) stream.destroy(refuse(`${entry.fileName} is larger than allowed`));
        else chunks.push(chunk);
      });
      stream.on('error', (cause) =>
        reject(
          cause instanceof Error && cause.name === 'DomainError'
            ? cause
            : refuse(`${entry.fileName}: ${String(cause)}`),
        ),
      );
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

const IMAGE_FORMATS = new Set(['jpeg', 'png', 'webp']);

/**
 * Unpacks a catalogue export: one records JSON file and a `posters/` folder (at the top or inside
 * one top folder). Entry count, sizes (declared and actual) and names are checked before anything
 * is written; posters are written only under a fresh temporary folder and only when their
 * content is an image.
 */
export async function unpackImportZip(bytes: Buffer, limits: ZipLimits): Promise<UnpackedImport> {
  const zip = await open(bytes);
  if (zip.entryCount > limits.maxEntries)
    throw refuse(`The zip holds ${zip.entryCount} entries; at most ${limits.maxEntries} are allowed`);
  const postersDir = await fs.mkdtemp(path.join(os.tmpdir(), 'mymdb-zip-'));
  const remove = () => fs.rm(postersDir, { recursive: true, force: true });
  try {
    let records: unknown;
    let jsonName: string | null = null;
    const notImages: string[] = [];
    let total = 0;
    const entries = await new Promise<yauzl.Entry[]>((resolve, reject) => {
      const all: yauzl.Entry[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        all.push(entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve(all));
      zip.on('error', (error: Error) => reject(refuse(`The zip cannot be read: ${error.message}`)));
      zip.readEntry();
    });
    for (const entry of entries) {
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes)
        throw refuse(`The zip unpacks to more than ${Math.round(limits.maxTotalBytes / 1024 / 1024)} MiB`);
      if (entry.fileName.endsWith('/')) continue;
      const name = normaliseKey(entry.fileName);
      if (!name) throw refuse(`${entry.fileName} is not an allowed name in the zip`);
      const parts = name.split('/');
      const inPosters = parts.length >= 2 && parts[parts.length - 2] === 'posters' && parts.length <= 3;
      if (name.endsWith('.json') && parts.length <= 2 && !name.split('/').pop()!.startsWith('.')) {
        if (jsonName) throw refuse(`The zip holds two records files (${jsonName}, ${name}); keep one`);
        jsonName = name;
        const text = (await read(zip, entry, limits.maxTotalBytes)).toString('utf8').replace(/^\uFEFF/, '');
        try {
          records = JSON.parse(text);
        } catch {
          throw refuse(`${name} is not valid JSON`);
        }
      } else if (inPosters) {
        const body = await read(zip, entry, limits.maxPosterBytes);
        const format = await sharp(body)
          .metadata()
          .then((meta) => meta.format)
          .catch(() => undefined);
        if (!format || !IMAGE_FORMATS.has(format)) {
          notImages.push(name);
          continue;
        }
        const target = path.join(postersDir, 'posters', parts[parts.length - 1]);
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.writeFile(target, body);
      }
    }
    if (!jsonName) throw refuse('The zip holds no records file (a .json file next to the posters/ folder)');
    return { records, postersDir, notImages, remove };
  } catch (error) {
    await remove();
    throw error;
  } finally {
    zip.close();
  }
}
