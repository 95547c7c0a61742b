import fs from 'node:fs/promises';
import path from 'node:path';
import type { Orm } from '../../db/orm';
import { badInput } from '../common/errors';
import { logger } from '../common/logger';
import { posterImages, POSTER_WIDTHS, variantKey } from '../catalogue/poster-images';
import { contentTypeFor, type FileStorage } from '../storage/storage';
import { ImportReport } from './import-report.types';
import { writeBatch, type BatchTally } from './import-batch';
import { parseRecord, type MovieRecord } from './tmdb-record';

export interface ImportOptions {
  /** A folder holding the poster files the records name; they are copied into storage first. */
  postersFrom?: string;
  batchSize?: number;
}

const DEFAULT_BATCH_SIZE = 500;
const POSTER_CONCURRENCY = 16;

/** The one importer: the CLI, the admin upload and the demo load all call it. */
export class MovieImporter {
  constructor(
    private readonly orm: Orm,
    private readonly storage: FileStorage,
  ) {}

  async importRecords(input: unknown, options: ImportOptions = {}): Promise<ImportReport> {
    if (!Array.isArray(input)) throw badInput('file', 'An import must be a JSON array of movie records');
    const report = new ImportReport();
    report.total = input.length;
    const records = this.validate(input, report);
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    for (let start = 0; start < records.length; start += batchSize) {
      const batch = records.slice(start, start + batchSize);
      const posterFound = await this.resolvePosters(batch, options.postersFrom);
      report.missingPosters += batch.length - posterFound.size;
      await this.writeIsolated(batch, posterFound, report);
    }
    report.errors.sort((a, b) => a.index - b.index);
    return report;
  }

  /** Invalid records become error rows; of two records for one movie, the later one wins. */
  private validate(input: unknown[], report: ImportReport): MovieRecord[] {
    const byMovie = new Map<string, MovieRecord>();
    input.forEach((raw, index) => {
      const parsed = parseRecord(raw, index);
      if (!parsed.ok) {
        report.errors.push({ index, title: parsed.title, message: parsed.message });
        return;
      }
      const key = `${parsed.record.releaseYear}\u0000${parsed.record.title}`;
      const earlier = byMovie.get(key);
      if (earlier) {
        report.errors.push({
          index: earlier.index,
          title: earlier.title,
          message: `superseded by record ${index} for the same title and year`,
        });
      }
      byMovie.set(key, parsed.record);
    });
    return [...byMovie.values()].sort((a, b) => a.index - b.index);
  }

  /** A batch commits as one transaction; if it fails, each record is retried alone so one bad row costs only itself. */
  private async writeIsolated(
    batch: MovieRecord[],
    posterFound: Map<number, string>,
    report: ImportReport,
  ): Promise<void> {
    try {
      add(report, await this.orm.em.fork().transactional((em) => writeBatch(em, batch, posterFound)));
      return;
    } catch (error) {
      if (batch.length === 1) {
        logger.warn('import record rejected by the database', error);
        report.errors.push({
          index: batch[0].index,
          title: batch[0].title,
          message: 'the database rejected this record',
        });
        return;
      }
      logger.warn('import batch failed; retrying its records one by one', error);
    }
    for (const record of batch) await this.writeIsolated([record], posterFound, report);
  }

  /** Record index → the widths of its poster's resized copies ('' when it has none), for records whose poster is in storage. */
  private async resolvePosters(batch: MovieRecord[], postersFrom?: string): Promise<Map<number, string>> {
    const found = new Map<number, string>();
    const withPoster = batch.filter((r) => r.posterKey);
    for (let i = 0; i < withPoster.length; i += POSTER_CONCURRENCY) {
      await Promise.all(
        withPoster.slice(i, i + POSTER_CONCURRENCY).map(async (record) => {
          const key = record.posterKey!;
          if (postersFrom) await this.copyPoster(postersFrom, key);
          if (!(await this.storage.exists(key))) return;
          const copies = await Promise.all(POSTER_WIDTHS.map((width) => this.storage.exists(variantKey(key, width))));
          found.set(record.index, copies.every(Boolean) ? POSTER_WIDTHS.join(',') : '');
        }),
      );
    }
    return found;
  }

  /** Copies a poster from the folder into storage, with its resized copies when it is a raster image. */
  private async copyPoster(folder: string, key: string): Promise<void> {
    if (await this.storage.exists(key)) return;
    for (const candidate of [path.join(folder, key), path.join(folder, path.basename(key))]) {
      const body = await fs.readFile(candidate).catch(() => null);
      if (!body) continue;
      await this.storage.put(key, body, contentTypeFor(key));
      const images = await posterImages(body).catch(() => null);
      for (const variant of images?.variants ?? [])
        await this.storage.put(variantKey(key, variant.width), variant.bytes, 'image/webp');
      return;
    }
  }
}

function add(report: ImportReport, tally: BatchTally): void {
  report.moviesCreated += tally.moviesCreated;
  report.moviesUpdated += tally.moviesUpdated;
  report.moviesUnchanged += tally.moviesUnchanged;
  report.genresCreated += tally.genresCreated;
  report.directorsCreated += tally.directorsCreated;
  report.actorsCreated += tally.actorsCreated;
}
