import { Migration } from '@mikro-orm/migrations';

/** The whole schema as of the first release (sqlite), generated from the entities, then reviewed. */
export class InitialSqlite extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `actor` (`id` integer not null primary key autoincrement, `first_name` text not null, `last_name` text not null, `name_key` text not null, `search_name` text not null)',
    );
    this.addSql('create unique index `actor_name_key_unique` on `actor` (`name_key`)');
    this.addSql(
      'create table `director` (`id` integer not null primary key autoincrement, `first_name` text not null, `last_name` text not null, `name_key` text not null, `search_name` text not null)',
    );
    this.addSql('create unique index `director_name_key_unique` on `director` (`name_key`)');
    this.addSql(
      'create table `genre` (`id` integer not null primary key autoincrement, `name` text not null, `name_key` text not null)',
    );
    this.addSql('create unique index `genre_name_unique` on `genre` (`name`)');
    this.addSql('create unique index `genre_name_key_unique` on `genre` (`name_key`)');
    this.addSql(
      "create table `movie` (`id` integer not null primary key autoincrement, `title` text not null, `sort_title` text not null, `description` text not null default '', `poster_path` text null, `release_year` integer not null, `director_id` integer null, `rating_count` integer not null default 0, `rating_sum` integer not null default 0, `rating_average` double not null default 0, `rating_1_count` integer not null default 0, `rating_2_count` integer not null default 0, `rating_3_count` integer not null default 0, `rating_4_count` integer not null default 0, `rating_5_count` integer not null default 0, `search_text` text not null default '', `created_at` datetime not null, `updated_at` datetime not null, constraint `movie_director_id_foreign` foreign key(`director_id`) references `director`(`id`) on delete set null on update cascade)",
    );
    this.addSql('create index `movie_director_id_index` on `movie` (`director_id`)');
    this.addSql(
      'create index `movie_rating_average_rating_count_id_index` on `movie` (`rating_average`, `rating_count`, `id`)',
    );
    this.addSql('create index `movie_sort_title_id_index` on `movie` (`sort_title`, `id`)');
    this.addSql('create index `movie_release_year_id_index` on `movie` (`release_year`, `id`)');
    this.addSql('create unique index `movie_title_release_year_unique` on `movie` (`title`, `release_year`)');
    this.addSql(
      'create table `movie_actor` (`movie_id` integer not null, `position` integer not null, `actor_id` integer not null, constraint `movie_actor_movie_id_foreign` foreign key(`movie_id`) references `movie`(`id`) on delete cascade on update cascade, constraint `movie_actor_actor_id_foreign` foreign key(`actor_id`) references `actor`(`id`) on delete cascade on update cascade, primary key (`movie_id`, `position`))',
    );
    this.addSql('create index `movie_actor_movie_id_index` on `movie_actor` (`movie_id`)');
    this.addSql('create index `movie_actor_actor_id_index` on `movie_actor` (`actor_id`)');
    this.addSql('create index `movie_actor_actor_id_movie_id_index` on `movie_actor` (`actor_id`, `movie_id`)');
    this.addSql(
      'create table `movie_genre` (`movie_id` integer not null, `genre_id` integer not null, `position` integer not null default 0, constraint `movie_genre_movie_id_foreign` foreign key(`movie_id`) references `movie`(`id`) on delete cascade on update cascade, constraint `movie_genre_genre_id_foreign` foreign key(`genre_id`) references `genre`(`id`) on delete cascade on update cascade, primary key (`movie_id`, `genre_id`))',
    );
    this.addSql('create index `movie_genre_movie_id_index` on `movie_genre` (`movie_id`)');
    this.addSql('create index `movie_genre_genre_id_index` on `movie_genre` (`genre_id`)');
    this.addSql('create index `movie_genre_genre_id_movie_id_index` on `movie_genre` (`genre_id`, `movie_id`)');
    this.addSql(
      'create table `app_user` (`id` integer not null primary key autoincrement, `username` text not null, `username_key` text not null, `email` text not null, `password_hash` text not null, `is_admin` integer not null default false, `token_version` integer not null default 0, `created_at` datetime not null)',
    );
    this.addSql('create unique index `app_user_username_key_unique` on `app_user` (`username_key`)');
    this.addSql('create unique index `app_user_email_unique` on `app_user` (`email`)');
    this.addSql(
      'create table `room` (`id` integer not null primary key autoincrement, `name` text not null, `slug` text not null, `created_by_id` integer null, `created_at` datetime not null, constraint `room_created_by_id_foreign` foreign key(`created_by_id`) references `app_user`(`id`) on delete set null on update cascade)',
    );
    this.addSql('create unique index `room_slug_unique` on `room` (`slug`)');
    this.addSql('create index `room_created_by_id_index` on `room` (`created_by_id`)');
    this.addSql(
      'create table `review` (`id` integer not null primary key autoincrement, `user_id` integer not null, `movie_id` integer not null, `title` text not null, `body` text not null, `created_at` datetime not null, `updated_at` datetime not null, constraint `review_user_id_foreign` foreign key(`user_id`) references `app_user`(`id`) on delete cascade on update cascade, constraint `review_movie_id_foreign` foreign key(`movie_id`) references `movie`(`id`) on delete cascade on update cascade)',
    );
    this.addSql('create index `review_user_id_index` on `review` (`user_id`)');
    this.addSql('create index `review_movie_id_index` on `review` (`movie_id`)');
    this.addSql('create index `review_movie_id_created_at_id_index` on `review` (`movie_id`, `created_at`, `id`)');
    this.addSql('create unique index `review_user_id_movie_id_unique` on `review` (`user_id`, `movie_id`)');
    this.addSql(
      'create table `rating` (`id` integer not null primary key autoincrement, `user_id` integer not null, `movie_id` integer not null, `score` integer not null, `created_at` datetime not null, `updated_at` datetime not null, constraint `rating_user_id_foreign` foreign key(`user_id`) references `app_user`(`id`) on delete cascade on update cascade, constraint `rating_movie_id_foreign` foreign key(`movie_id`) references `movie`(`id`) on delete cascade on update cascade)',
    );
    this.addSql('create index `rating_user_id_index` on `rating` (`user_id`)');
    this.addSql('create index `rating_movie_id_index` on `rating` (`movie_id`)');
    this.addSql('create unique index `rating_user_id_movie_id_unique` on `rating` (`user_id`, `movie_id`)');
    this.addSql(
      'create table `message` (`id` text not null, `event_id` text not null, `room_id` integer not null, `user_id` integer null, `content` text not null, `created_at` datetime not null, constraint `message_room_id_foreign` foreign key(`room_id`) references `room`(`id`) on delete cascade on update cascade, constraint `message_user_id_foreign` foreign key(`user_id`) references `app_user`(`id`) on delete set null on update cascade, primary key (`id`))',
    );
    this.addSql('create unique index `message_event_id_unique` on `message` (`event_id`)');
    this.addSql('create index `message_room_id_index` on `message` (`room_id`)');
    this.addSql('create index `message_user_id_index` on `message` (`user_id`)');
    this.addSql('create index `message_room_id_id_index` on `message` (`room_id`, `id`)');
  }
}
