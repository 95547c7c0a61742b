import { GraphQLUpload, type FileUpload } from 'graphql-upload-ts';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { requireAdmin } from '../accounts/guards';
import { ImportReport } from './import-report.types';
import { MovieImportInput, toTmdbRecord } from './import.input';
import { readUpload } from '../common/upload';
import { parseJsonUpload } from './upload-reader';
import { isZip, MAX_POSTER_BYTES, unpackImportZip } from './zip-import';

/** Imported records by outcome, for /metrics. */
function counted(ctx: Context, report: ImportReport): ImportReport {
  const { importedRecords } = ctx.services.metrics;
  importedRecords.inc({ outcome: 'created' }, report.moviesCreated);
  importedRecords.inc({ outcome: 'updated' }, report.moviesUpdated);
  importedRecords.inc({ outcome: 'rejected' }, report.errors.length);
  return report;
}

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportReport, {
    description:
      'Admins: upsert movies from an uploaded JSON array of TMDB-style records, or a .zip holding that JSON file and a posters/ folder',
  })
  async importMovies(
    @Arg('file', () => GraphQLUpload) file: Promise<FileUpload>,
    @Ctx() ctx: Context,
  ): Promise<ImportReport> {
    requireAdmin(ctx);
    const { filename, bytes } = await readUpload(file, ctx.services.config.uploadMaxBytes);
    if (!isZip(bytes)) return counted(ctx, await ctx.services.importer.importRecords(parseJsonUpload(filename, bytes)));
    const { maxEntries, maxUnpackedBytes } = ctx.services.config.importZip;
    const unpacked = await unpackImportZip(bytes, {
      maxEntries,
      maxTotalBytes: maxUnpackedBytes,
      maxPosterBytes: MAX_POSTER_BYTES,
    });
    try {
      const report = await ctx.services.importer.importRecords(unpacked.records, { postersFrom: unpacked.postersDir });
      report.postersNotImages = unpacked.notImages;
      return counted(ctx, report);
    } finally {
      await unpacked.remove();
    }
  }

  @Mutation(() => ImportReport, { description: 'Admins: the same import, with the records in the request body' })
  async importMoviesJson(
    @Arg('records', () => [MovieImportInput]) records: MovieImportInput[],
    @Ctx() ctx: Context,
  ): Promise<ImportReport> {
    requireAdmin(ctx);
    return counted(ctx, await ctx.services.importer.importRecords(records.map(toTmdbRecord)));
  }
}
