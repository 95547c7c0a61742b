import { GraphQLUpload, type FileUpload } from 'graphql-upload-ts';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { requireAdmin } from '../accounts/guards';
import { ImportReport } from './import-report.types';
import { MovieImportInput, toTmdbRecord } from './import.input';
import { readJsonUpload } from './upload-reader';

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
    description: 'Admins: upsert movies from an uploaded JSON array of TMDB-style records',
  })
  async importMovies(
    @Arg('file', () => GraphQLUpload) file: Promise<FileUpload>,
    @Ctx() ctx: Context,
  ): Promise<ImportReport> {
    requireAdmin(ctx);
    const records = await readJsonUpload(file, ctx.services.config.uploadMaxBytes);
    return counted(ctx, await ctx.services.importer.importRecords(records));
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
