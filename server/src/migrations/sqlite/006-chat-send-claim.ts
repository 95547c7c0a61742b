import { Migration } from '@mikro-orm/migrations';

/** A retried send claims its first attempt's message id, whichever instance it reaches. */
export class ChatSendClaimSqlite extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `chat_send_claim` (`event_id` text not null, `message_id` text not null, `created_at` bigint not null, primary key (`event_id`))',
    );
    this.addSql('create index `chat_send_claim_created_at_index` on `chat_send_claim` (`created_at`)');
  }
}
