import { Migration } from '@mikro-orm/migrations';
import { backfillUsernameSkeletons } from '../username-skeletons';

/** Look-alike usernames (TR39 confusable skeletons) are refused: one skeleton per account. */
export class UsernameSkeletonSqlite extends Migration {
  override async up(): Promise<void> {
    await this.execute('alter table `app_user` add column `username_skeleton` text null');
    await backfillUsernameSkeletons(this, (name) => `\`${name}\``);
    this.addSql('create unique index `app_user_username_skeleton_unique` on `app_user` (`username_skeleton`)');
  }
}
