import { Migration } from '@mikro-orm/migrations';

/** Each genre's film count (Genre.movieCount), kept by row triggers on movie_genre whatever writes it. */
export class GenreMovieCountSqlite extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `genre` add column `movie_count` integer not null default 0');
    this.addSql(
      'update `genre` set `movie_count` = (select count(*) from `movie_genre` where `movie_genre`.`genre_id` = `genre`.`id`)',
    );
    this.addSql(
      'create trigger `genre_movie_count_insert` after insert on `movie_genre` begin update `genre` set `movie_count` = `movie_count` + 1 where `id` = new.`genre_id`; end',
    );
    this.addSql(
      'create trigger `genre_movie_count_delete` after delete on `movie_genre` begin update `genre` set `movie_count` = `movie_count` - 1 where `id` = old.`genre_id`; end',
    );
    this.addSql(
      'create trigger `genre_movie_count_update` after update of `genre_id` on `movie_genre` begin update `genre` set `movie_count` = `movie_count` - 1 where `id` = old.`genre_id`; update `genre` set `movie_count` = `movie_count` + 1 where `id` = new.`genre_id`; end',
    );
  }
}
