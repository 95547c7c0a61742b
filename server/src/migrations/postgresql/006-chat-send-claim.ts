import { Migration } from '@mikro-orm/migrations';

/** A retried send claims its first attempt's message id, whichever instance it reaches. */
export class ChatSendClaimPostgres extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "chat_send_claim" ("event_id" varchar(36) not null, "message_id" varchar(36) not null, "created_at" bigint not null, constraint "chat_send_claim_pkey" primary key ("event_id"))',
    );
    this.addSql('create index "chat_send_claim_created_at_index" on "chat_send_claim" ("created_at")');
  }
}
