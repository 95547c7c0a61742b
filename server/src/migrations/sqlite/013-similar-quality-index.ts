import { Migration } from '@mikro-orm/migrations';

/** Movies by rating quality, as similar-movies ranks them: a details page walks it for genre-only candidates. */
export class SimilarQualityIndexSqlite extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create index `movie_similar_quality_index` on `movie` ((rating_sum + 15.0) / (rating_count + 5) desc, `rating_count` desc, `id`)',
    );
  }
}
