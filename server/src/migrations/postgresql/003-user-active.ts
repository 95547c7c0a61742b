import { Migration } from '@mikro-orm/migrations';

/** Admins can deactivate an account (and reactivate it). */
export class UserActivePostgres extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "app_user" add column "is_active" boolean not null default true');
  }
}
