import { Migration } from '@mikro-orm/migrations';

/** Admins can deactivate an account (and reactivate it). */
export class UserActiveSqlite extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `app_user` add column `is_active` integer not null default true');
  }
}
