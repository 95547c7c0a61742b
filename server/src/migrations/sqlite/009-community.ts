import { Migration } from '@mikro-orm/migrations';

/** Watchlists, helpful votes and spoiler flags on reviews, and a public/private watchlist setting. */
export class CommunitySqlite extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `review_vote` (`review_id` integer not null, `user_id` integer not null, constraint `review_vote_review_id_foreign` foreign key(`review_id`) references `review`(`id`) on delete cascade on update cascade, constraint `review_vote_user_id_foreign` foreign key(`user_id`) references `app_user`(`id`) on delete cascade on update cascade, primary key (`review_id`, `user_id`))',
    );
    this.addSql('create index `review_vote_review_id_index` on `review_vote` (`review_id`)');
    this.addSql('create index `review_vote_user_id_index` on `review_vote` (`user_id`)');
    this.addSql(
      'create table `watchlist_entry` (`user_id` integer not null, `movie_id` integer not null, `created_at` datetime not null, constraint `watchlist_entry_user_id_foreign` foreign key(`user_id`) references `app_user`(`id`) on delete cascade on update cascade, constraint `watchlist_entry_movie_id_foreign` foreign key(`movie_id`) references `movie`(`id`) on delete cascade on update cascade, primary key (`user_id`, `movie_id`))',
    );
    this.addSql('create index `watchlist_entry_user_id_index` on `watchlist_entry` (`user_id`)');
    this.addSql('create index `watchlist_entry_movie_id_index` on `watchlist_entry` (`movie_id`)');
    this.addSql(
      'create index `watchlist_entry_user_id_created_at_movie_id_index` on `watchlist_entry` (`user_id`, `created_at`, `movie_id`)',
    );
    this.addSql('alter table `app_user` add column `watchlist_public` integer not null default false');
    this.addSql('alter table `review` add column `contains_spoilers` integer not null default false');
    this.addSql('alter table `review` add column `helpful_count` integer not null default 0');
    this.addSql(
      'create index `review_movie_id_helpful_count_id_index` on `review` (`movie_id`, `helpful_count`, `id`)',
    );
  }
}
