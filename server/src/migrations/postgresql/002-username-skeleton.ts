import { Migration } from '@mikro-orm/migrations';
import { backfillUsernameSkeletons } from '../username-skeletons';

/** Look-alike usernames (TR39 confusable skeletons) are refused: one skeleton per account. */
export class UsernameSkeletonPostgres extends Migration {
  override async up(): Promise<void> {
    await this.execute('alter table "app_user" add column "username_skeleton" varchar(150) null');
    await backfillUsernameSkeletons(this, (name) => `"${name}"`);
    this.addSql(
      'alter table "app_user" add constraint "app_user_username_skeleton_unique" unique ("username_skeleton")',
    );
  }
}
