import Bottleneck from 'bottleneck';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * The original app's catalogue notebook as code: popular films per genre from TMDB (adult titles
 * skipped, duplicates across genres removed), each with its credits, and its poster downloaded
 * and checked, written as `tmdb_movies.json` in the import format plus `posters/`.
 */
export interface FetchOptions {
  out: string;
  perGenre: number;
  /** Genre names (any case); empty for all of TMDB's genres. */
  genres: string[];
  baseUrl: string;
  /** Where w500 posters live; TMDB's /configuration says when unset. */
  imageBaseUrl?: string;
  /** v3 key (api_key parameter) or v4 read token (Authorization: Bearer). */
  auth: { apiKey: string } | { readToken: string };
  /** Requests per second, below TMDB's limit (about 50). */
  requestsPerSecond?: number;
  onProgress?: (done: number, total: number) => void;
  /** Waits (ms) between download retries; tests shorten them. */
  retryDelayMs?: number;
}

export interface FetchSummary {
  fetched: number;
  skipped: { adult: number; duplicate: number; withoutPoster: number; failedDownload: number };
  postersDownloaded: number;
  postersKept: number;
  file: string;
}

export interface TmdbImportRecord {
  tmdb_id: number;
  title: string;
  description: string;
  release_year: number | null;
  director: string | null;
  main_actors: string[];
  poster?: string;
  genres: string[];
  genre_ids: number[];
}

interface DiscoverResult {
  id: number;
  adult?: boolean;
}
interface Details {
  id: number;
  title: string;
  overview?: string;
  release_date?: string;
  adult?: boolean;
  poster_path?: string | null;
  genres?: Array<{ id: number; name: string }>;
  credits?: { cast?: Array<{ name: string; order?: number }>; crew?: Array<{ name: string; job?: string }> };
}

const MIN_POSTER_BYTES = 8 * 1024;
const PAGE_SIZE = 20;
const MAX_ATTEMPTS = 5;

/** JPEG, PNG or WebP by their first bytes. */
function looksLikeImage(bytes: Uint8Array): boolean {
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const webp =
    Buffer.from(bytes.subarray(0, 4)).toString('latin1') === 'RIFF' &&
    Buffer.from(bytes.subarray(8, 12)).toString('latin1') === 'WEBP';
  return jpeg || png || webp;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Seconds from a Retry-After header (seconds or an HTTP date); 1 when absent or unreadable. */
function retryAfterMs(header: string | null): number {
  if (!header) return 1000;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : 1000;
}

export class TmdbFetcher {
  private readonly limiter: Bottleneck;

  constructor(private readonly options: FetchOptions) {
    const perSecond = options.requestsPerSecond ?? 20;
    // Spaced requests, a few at a time: TMDB counts per second, and answers 429 beyond.
    this.limiter = new Bottleneck({ minTime: Math.ceil(1000 / perSecond), maxConcurrent: 4 });
  }

  private url(pathname: string, query: Record<string, string | number> = {}): string {
    const url = new URL(`${this.options.baseUrl.replace(/\/+$/, '')}${pathname}`);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value));
    if ('apiKey' in this.options.auth) url.searchParams.set('api_key', this.options.auth.apiKey);
    return url.toString();
  }

  /** One rate-limited request; on 429 it waits as Retry-After says and tries again. */
  private async request(url: string, headers: Record<string, string> = {}): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      const response = await this.limiter.schedule(() => fetch(url, { headers }));
      if (response.status !== 429 || attempt === MAX_ATTEMPTS) return response;
      await response.body?.cancel();
      await sleep(retryAfterMs(response.headers.get('retry-after')));
    }
  }

  private async api<T>(pathname: string, query: Record<string, string | number> = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if ('readToken' in this.options.auth) headers.authorization = `Bearer ${this.options.auth.readToken}`;
    const response = await this.request(this.url(pathname, query), headers);
    if (!response.ok) throw new Error(`TMDB ${pathname} answered ${response.status}`);
    return (await response.json()) as T;
  }

  async run(): Promise<FetchSummary> {
    const { out, perGenre } = this.options;
    await fs.mkdir(path.join(out, 'posters'), { recursive: true });
    const imageBase =
      this.options.imageBaseUrl ??
      (await this.api<{ images: { secure_base_url: string } }>('/configuration')).images.secure_base_url;
    const { genres } = await this.api<{ genres: Array<{ id: number; name: string }> }>('/genre/movie/list');
    const wanted = this.options.genres.map((name) => name.toLowerCase());
    const chosen = wanted.length ? genres.filter((genre) => wanted.includes(genre.name.toLowerCase())) : genres;
    const unknown = wanted.filter((name) => !genres.some((genre) => genre.name.toLowerCase() === name));
    if (unknown.length) throw new Error(`TMDB has no genre called ${unknown.join(', ')}`);

    const summary: FetchSummary = {
      fetched: 0,
      skipped: { adult: 0, duplicate: 0, withoutPoster: 0, failedDownload: 0 },
      postersDownloaded: 0,
      postersKept: 0,
      file: path.join(out, 'tmdb_movies.json'),
    };
    const ids: number[] = [];
    const seen = new Set<number>();
    for (const genre of chosen) {
      let taken = 0;
      for (let page = 1; taken < perGenre; page++) {
        const { results, total_pages: pages = 1 } = await this.api<{ results: DiscoverResult[]; total_pages?: number }>(
          '/discover/movie',
          { with_genres: genre.id, sort_by: 'popularity.desc', include_adult: 'false', page },
        );
        for (const result of results) {
          if (taken >= perGenre) break;
          if (result.adult) summary.skipped.adult++;
          else if (seen.has(result.id)) summary.skipped.duplicate++;
          else {
            seen.add(result.id);
            ids.push(result.id);
            taken++;
          }
        }
        if (page >= pages || results.length < PAGE_SIZE) break;
      }
    }

    const records: TmdbImportRecord[] = [];
    let done = 0;
    await Promise.all(
      ids.map(async (id) => {
        const details = await this.api<Details>(`/movie/${id}`, { append_to_response: 'credits' });
        if (details.adult) summary.skipped.adult++;
        else records.push(await this.record(details, imageBase, summary));
        this.options.onProgress?.(++done, ids.length);
      }),
    );
    // The order TMDB ranked them in, whatever order the requests finished.
    records.sort((a, b) => ids.indexOf(a.tmdb_id) - ids.indexOf(b.tmdb_id));
    summary.fetched = records.length;
    await fs.writeFile(summary.file, `${JSON.stringify(records, null, 2)}\n`);
    return summary;
  }

  private async record(details: Details, imageBase: string, summary: FetchSummary): Promise<TmdbImportRecord> {
    const cast = [...(details.credits?.cast ?? [])].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    const record: TmdbImportRecord = {
      tmdb_id: details.id,
      title: details.title,
      description: details.overview ?? '',
      release_year: details.release_date ? Number(details.release_date.slice(0, 4)) || null : null,
      director: details.credits?.crew?.find((member) => member.job === 'Director')?.name ?? null,
      main_actors: cast.slice(0, 4).map((member) => member.name),
      genres: (details.genres ?? []).map((genre) => genre.name),
      genre_ids: (details.genres ?? []).map((genre) => genre.id),
    };
    if (!details.poster_path) {
      summary.skipped.withoutPoster++;
      return record;
    }
    const name = path.basename(details.poster_path);
    const key = `posters/${name}`;
    const target = path.join(this.options.out, key);
    if (await this.validPoster(target)) {
      summary.postersKept++;
      record.poster = key;
    } else if (await this.download(`${imageBase.replace(/\/+$/, '')}/w500${details.poster_path}`, target)) {
      summary.postersDownloaded++;
      record.poster = key;
    } else summary.skipped.failedDownload++;
    return record;
  }

  /** A poster from an earlier run counts when it is an image of a plausible size. */
  private async validPoster(file: string): Promise<boolean> {
    const bytes = await fs.readFile(file).catch(() => null);
    return Boolean(bytes && bytes.length >= MIN_POSTER_BYTES && looksLikeImage(bytes));
  }

  /** Written under a temporary name, renamed once it checked out: an interrupted run leaves no half poster. */
  private async download(url: string, target: string): Promise<boolean> {
    const partial = `${target}.part`;
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        const response = await this.request(url);
        const type = response.headers.get('content-type') ?? '';
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (response.ok && type.startsWith('image/') && bytes.length >= MIN_POSTER_BYTES && looksLikeImage(bytes)) {
          await fs.writeFile(partial, bytes);
          await fs.rename(partial, target);
          return true;
        }
        // A page instead of an image, or a stub of one: trying again will not change it.
        if (response.ok) return false;
      } catch {
        // network trouble: try again
      }
      await sleep((this.options.retryDelayMs ?? 500) * attempt);
    }
    return false;
  }
}
