import type { Migration } from '@mikro-orm/migrations';
import { usernameSkeleton } from '../modules/accounts/username';

/**
 * Fills the confusable skeleton of every existing username. Two existing accounts whose names
 * look alike keep working: the later one is left without a skeleton (NULL is not unique).
 */
export async function backfillUsernameSkeletons(migration: Migration, quote: (name: string) => string): Promise<void> {
  const users = (await migration.execute(
    `select ${quote('id')}, ${quote('username')} from ${quote('app_user')} order by ${quote('id')}`,
  )) as Array<{
    id: number;
    username: string;
  }>;
  const seen = new Set<string>();
  for (const user of users) {
    const skeleton = usernameSkeleton(user.username);
    if (seen.has(skeleton)) continue;
    seen.add(skeleton);
    await migration.execute(
      `update ${quote('app_user')} set ${quote('username_skeleton')} = '${skeleton.replace(/'/g, "''")}' where ${quote('id')} = ${Number(user.id)}`,
    );
  }
}
