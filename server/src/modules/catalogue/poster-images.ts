import sharp from 'sharp';
import { badInput } from '../common/errors';

/** The widths the web client asks for: grid cards (185) and the details page (500). */
export const POSTER_WIDTHS = [185, 500];
const ACCEPTED: Record<string, string> = { jpeg: 'jpg', png: 'png', webp: 'webp' };
/** A poster is a few megapixels at most; a "decompression bomb" declaring more is refused before decoding. */
const MAX_PIXELS = 40_000_000;

export interface PosterImages {
  /** jpg, png or webp, from the content: a file's name says nothing. */
  extension: string;
  contentType: string;
  variants: Array<{ width: number; bytes: Buffer }>;
}

/**
 * Checks that `bytes` is a JPEG, PNG or WebP image by decoding its header (sharp/libvips), and
 * makes the WebP copies the pages load. Images narrower than a width are not enlarged.
 */
export async function posterImages(bytes: Buffer): Promise<PosterImages> {
  const metadata = await sharp(bytes, { limitInputPixels: MAX_PIXELS })
    .metadata()
    .catch(() => {
      throw badInput('file', 'The file is not an image (JPEG, PNG or WebP)');
    });
  const { format } = metadata;
  const width = metadata.width ?? 0;
  const extension = format ? ACCEPTED[format] : undefined;
  if (!extension) throw badInput('file', `A poster must be a JPEG, PNG or WebP image, not ${format ?? 'this'}`);
  const variants = [];
  try {
    for (const target of POSTER_WIDTHS) {
      const resized = await sharp(bytes, { limitInputPixels: MAX_PIXELS })
        .rotate()
        .resize({ width: Math.min(target, width), withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer();
      variants.push({ width: target, bytes: resized });
    }
  } catch (error) {
    throw badInput('file', `The image could not be read: ${(error as Error).message}`);
  }
  return { extension, contentType: `image/${format === 'jpeg' ? 'jpeg' : format}`, variants };
}

/** Where the copy of `width` of the poster stored at `key` lives. */
export function variantKey(key: string, width: number): string {
  return `${key.replace(/\.[a-z0-9]+$/i, '')}.w${width}.webp`;
}

/** The smallest stored copy at least `width` wide, else the original. */
export function posterKeyFor(key: string, widths: string | null, width: number | null | undefined): string {
  if (!width || !widths) return key;
  const available = widths
    .split(',')
    .map(Number)
    .filter((w) => w >= width)
    .sort((a, b) => a - b);
  return available.length ? variantKey(key, available[0]) : key;
}
