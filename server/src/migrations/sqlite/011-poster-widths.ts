import { Migration } from '@mikro-orm/migrations';

/** Which resized copies of a movie's poster exist ("185,500"), for posterUrl(width). */
export class PosterWidthsSqlite extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `movie` add column `poster_widths` text null');
  }
}
