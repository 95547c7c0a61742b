import { Migration } from '@mikro-orm/migrations';

/** Bot conversations in the database, so any instance continues them. */
export class BotConversationSqlite extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `bot_conversation` (`key` text not null, `data` text not null, `updated_at` bigint not null, primary key (`key`))',
    );
    this.addSql('create index `bot_conversation_updated_at_index` on `bot_conversation` (`updated_at`)');
  }
}
