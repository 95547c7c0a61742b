import { Migration } from '@mikro-orm/migrations';

/** Watchlists, helpful votes and spoiler flags on reviews, and a public/private watchlist setting. */
export class CommunityPostgres extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "review_vote" ("review_id" int not null, "user_id" int not null, constraint "review_vote_pkey" primary key ("review_id", "user_id"))',
    );
    this.addSql('create index "review_vote_user_id_index" on "review_vote" ("user_id")');
    this.addSql(
      'create table "watchlist_entry" ("user_id" int not null, "movie_id" int not null, "created_at" timestamptz not null, constraint "watchlist_entry_pkey" primary key ("user_id", "movie_id"))',
    );
    this.addSql('create index "watchlist_entry_movie_id_index" on "watchlist_entry" ("movie_id")');
    this.addSql(
      'create index "watchlist_entry_user_id_created_at_movie_id_index" on "watchlist_entry" ("user_id", "created_at", "movie_id")',
    );
    this.addSql(
      'alter table "review_vote" add constraint "review_vote_review_id_foreign" foreign key ("review_id") references "review" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "review_vote" add constraint "review_vote_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "watchlist_entry" add constraint "watchlist_entry_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "watchlist_entry" add constraint "watchlist_entry_movie_id_foreign" foreign key ("movie_id") references "movie" ("id") on update cascade on delete cascade',
    );
    this.addSql('alter table "app_user" add column "watchlist_public" boolean not null default false');
    this.addSql(
      'alter table "review" add column "contains_spoilers" boolean not null default false, add column "helpful_count" int not null default 0',
    );
    this.addSql(
      'create index "review_movie_id_helpful_count_id_index" on "review" ("movie_id", "helpful_count", "id")',
    );
  }
}
