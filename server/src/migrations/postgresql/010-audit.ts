import { Migration } from '@mikro-orm/migrations';

/** The audit log of admin changes. */
export class AuditPostgres extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "audit_entry" ("id" serial primary key, "actor_id" int null, "action" varchar(60) not null, "target_type" varchar(30) not null, "target_id" varchar(40) not null, "reason" text null, "before" text null, "after" text null, "created_at" timestamptz not null)',
    );
    this.addSql('create index "audit_entry_actor_id_index" on "audit_entry" ("actor_id")');
    this.addSql(
      'alter table "audit_entry" add constraint "audit_entry_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null',
    );
  }
}
