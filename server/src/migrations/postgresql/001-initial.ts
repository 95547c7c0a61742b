import { Migration } from '@mikro-orm/migrations';

/** The whole schema as of the first release (postgresql), generated from the entities, then reviewed. */
export class InitialPostgres extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "actor" ("id" serial primary key, "first_name" varchar(150) not null, "last_name" varchar(150) not null, "name_key" varchar(310) not null, "search_name" varchar(310) not null)',
    );
    this.addSql('alter table "actor" add constraint "actor_name_key_unique" unique ("name_key")');
    this.addSql(
      'create table "director" ("id" serial primary key, "first_name" varchar(150) not null, "last_name" varchar(150) not null, "name_key" varchar(310) not null, "search_name" varchar(310) not null)',
    );
    this.addSql('alter table "director" add constraint "director_name_key_unique" unique ("name_key")');
    this.addSql(
      'create table "genre" ("id" serial primary key, "name" varchar(100) not null, "name_key" varchar(100) not null)',
    );
    this.addSql('alter table "genre" add constraint "genre_name_unique" unique ("name")');
    this.addSql('alter table "genre" add constraint "genre_name_key_unique" unique ("name_key")');
    this.addSql(
      'create table "movie" ("id" serial primary key, "title" varchar(300) not null, "sort_title" varchar(300) not null, "description" text not null default \'\', "poster_path" varchar(500) null, "release_year" int not null, "director_id" int null, "rating_count" int not null default 0, "rating_sum" int not null default 0, "rating_average" double precision not null default 0, "rating_1_count" int not null default 0, "rating_2_count" int not null default 0, "rating_3_count" int not null default 0, "rating_4_count" int not null default 0, "rating_5_count" int not null default 0, "search_text" text not null default \'\', "created_at" timestamptz not null, "updated_at" timestamptz not null)',
    );
    this.addSql('create index "movie_director_id_index" on "movie" ("director_id")');
    this.addSql(
      'create index "movie_rating_average_rating_count_id_index" on "movie" ("rating_average", "rating_count", "id")',
    );
    this.addSql('create index "movie_sort_title_id_index" on "movie" ("sort_title", "id")');
    this.addSql('create index "movie_release_year_id_index" on "movie" ("release_year", "id")');
    this.addSql(
      'alter table "movie" add constraint "movie_title_release_year_unique" unique ("title", "release_year")',
    );
    this.addSql(
      'create table "movie_actor" ("movie_id" int not null, "position" smallint not null, "actor_id" int not null, constraint "movie_actor_pkey" primary key ("movie_id", "position"))',
    );
    this.addSql('create index "movie_actor_actor_id_movie_id_index" on "movie_actor" ("actor_id", "movie_id")');
    this.addSql(
      'create table "movie_genre" ("movie_id" int not null, "genre_id" int not null, "position" smallint not null default 0, constraint "movie_genre_pkey" primary key ("movie_id", "genre_id"))',
    );
    this.addSql('create index "movie_genre_genre_id_movie_id_index" on "movie_genre" ("genre_id", "movie_id")');
    this.addSql(
      'create table "app_user" ("id" serial primary key, "username" varchar(150) not null, "username_key" varchar(150) not null, "email" varchar(254) not null, "password_hash" varchar(255) not null, "is_admin" boolean not null default false, "token_version" int not null default 0, "created_at" timestamptz not null)',
    );
    this.addSql('alter table "app_user" add constraint "app_user_username_key_unique" unique ("username_key")');
    this.addSql('alter table "app_user" add constraint "app_user_email_unique" unique ("email")');
    this.addSql(
      'create table "room" ("id" serial primary key, "name" varchar(100) not null, "slug" varchar(100) not null, "created_by_id" int null, "created_at" timestamptz not null)',
    );
    this.addSql('alter table "room" add constraint "room_slug_unique" unique ("slug")');
    this.addSql(
      'create table "review" ("id" serial primary key, "user_id" int not null, "movie_id" int not null, "title" varchar(200) not null, "body" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null)',
    );
    this.addSql('create index "review_movie_id_created_at_id_index" on "review" ("movie_id", "created_at", "id")');
    this.addSql('alter table "review" add constraint "review_user_id_movie_id_unique" unique ("user_id", "movie_id")');
    this.addSql(
      'create table "rating" ("id" serial primary key, "user_id" int not null, "movie_id" int not null, "score" smallint not null, "created_at" timestamptz not null, "updated_at" timestamptz not null)',
    );
    this.addSql('create index "rating_movie_id_index" on "rating" ("movie_id")');
    this.addSql('alter table "rating" add constraint "rating_user_id_movie_id_unique" unique ("user_id", "movie_id")');
    this.addSql(
      'create table "message" ("id" varchar(36) not null, "event_id" varchar(36) not null, "room_id" int not null, "user_id" int null, "content" text not null, "created_at" timestamptz not null, constraint "message_pkey" primary key ("id"))',
    );
    this.addSql('alter table "message" add constraint "message_event_id_unique" unique ("event_id")');
    this.addSql('create index "message_room_id_id_index" on "message" ("room_id", "id")');
    this.addSql(
      'alter table "movie" add constraint "movie_director_id_foreign" foreign key ("director_id") references "director" ("id") on update cascade on delete set null',
    );
    this.addSql(
      'alter table "movie_actor" add constraint "movie_actor_movie_id_foreign" foreign key ("movie_id") references "movie" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "movie_actor" add constraint "movie_actor_actor_id_foreign" foreign key ("actor_id") references "actor" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "movie_genre" add constraint "movie_genre_movie_id_foreign" foreign key ("movie_id") references "movie" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "movie_genre" add constraint "movie_genre_genre_id_foreign" foreign key ("genre_id") references "genre" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "room" add constraint "room_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null',
    );
    this.addSql(
      'alter table "review" add constraint "review_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "review" add constraint "review_movie_id_foreign" foreign key ("movie_id") references "movie" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "rating" add constraint "rating_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "rating" add constraint "rating_movie_id_foreign" foreign key ("movie_id") references "movie" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "message" add constraint "message_room_id_foreign" foreign key ("room_id") references "room" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "message" add constraint "message_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete set null',
    );
  }
}
