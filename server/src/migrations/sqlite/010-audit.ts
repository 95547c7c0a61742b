import { Migration } from '@mikro-orm/migrations';

/** The audit log of admin changes. */
export class AuditSqlite extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `audit_entry` (`id` integer not null primary key autoincrement, `actor_id` integer null, `action` text not null, `target_type` text not null, `target_id` text not null, `reason` text null, `before` text null, `after` text null, `created_at` datetime not null, constraint `audit_entry_actor_id_foreign` foreign key(`actor_id`) references `app_user`(`id`) on delete set null on update cascade)',
    );
    this.addSql('create index `audit_entry_actor_id_index` on `audit_entry` (`actor_id`)');
  }
}
