import { isPostgres } from '../../db/dialect';
import type { Em } from '../../db/orm';
import { badInput, notFound } from '../common/errors';
import { decodeCursor, encodeCursor, pageSize, toConnection, whereAfter, type Page } from '../common/pagination';
import { escapeLike, LIKE_ESCAPED } from '../common/sql';
import type { AccountsService } from './accounts.service';
import { USER_COLUMNS, userFromRow } from './accounts.loaders';
import { recordAudit } from './audit.service';
import { User } from './user.entity';
import { usernameKey } from './username';

const USER_ORDER = [
  { column: 'username_key', direction: 'asc' as const },
  { column: 'id', direction: 'asc' as const },
];

/**
 * What admins do to accounts: list them, change roles, deactivate and reactivate. Losing admin
 * rights or being deactivated revokes the user's sessions (their sockets close on every
 * instance). There is always at least one active admin: the check and the change share a
 * transaction that locks the admins' rows, so two admins demoting each other cannot both win.
 */
export class UserAdminService {
  constructor(private readonly accounts: AccountsService) {}

  async list(
    em: Em,
    args: { search?: string | null; first?: number | null; after?: string | null },
  ): Promise<Page<User>> {
    const first = pageSize(args.first);
    const knex = em.getKnex();
    const filtered = knex('app_user');
    const needle = usernameKey(args.search ?? '');
    if (needle) filtered.whereRaw(`username_key ${LIKE_ESCAPED}`, [`%${escapeLike(needle)}%`]);
    const page = filtered
      .clone()
      .select([...USER_COLUMNS, 'username_key'])
      .orderBy(USER_ORDER);
    if (args.after) whereAfter(page, USER_ORDER, decodeCursor(args.after, 'users', 2));
    const rows = first === 0 ? [] : ((await page.limit(first + 1)) as Array<Record<string, unknown>>);
    return toConnection(rows, first, {
      node: userFromRow,
      cursor: (row) => encodeCursor('users', [row.username_key as string, Number(row.id)]),
      hasPreviousPage: Boolean(args.after),
      countAll: async () =>
        Number(((await filtered.clone().count({ count: '*' }).first()) as { count: number | string }).count),
    });
  }

  setRole(em: Em, actorId: number, userId: number, isAdmin: boolean): Promise<User> {
    return this.change(em, actorId, 'setUserRole', userId, (user) => {
      if (user.isAdmin === isAdmin) return false;
      user.isAdmin = isAdmin;
      return !isAdmin;
    });
  }

  deactivate(em: Em, actorId: number, userId: number): Promise<User> {
    return this.change(em, actorId, 'deactivateUser', userId, (user) => {
      if (!user.isActive) return false;
      user.isActive = false;
      return true;
    });
  }

  reactivate(em: Em, actorId: number, userId: number): Promise<User> {
    return this.change(em, actorId, 'reactivateUser', userId, (user) => {
      user.isActive = true;
      return false;
    });
  }

  /** Applies `apply` (which says whether the user's sessions must end) unless no active admin would remain. */
  private async change(
    em: Em,
    actorId: number,
    action: string,
    userId: number,
    apply: (user: User) => boolean,
  ): Promise<User> {
    let revoke = false;
    const user = await em.transactional(async (tx) => {
      // On PostgreSQL the admins' rows are locked first: concurrent demotions queue here. SQLite writes one at a time.
      if (isPostgres(tx))
        await tx
          .getConnection()
          .execute('select id from app_user where is_admin for update', [], 'all', tx.getTransactionContext());
      const target = await tx.findOne(User, userId);
      if (!target) throw notFound('User', userId);
      const before = { isAdmin: target.isAdmin, isActive: target.isActive };
      revoke = apply(target);
      if (revoke) target.tokenVersion += 1;
      await tx.flush();
      const after = { isAdmin: target.isAdmin, isActive: target.isActive };
      await recordAudit(tx, { actorId, action, targetType: 'User', targetId: userId, before, after });
      const activeAdmins = await tx.count(User, { isAdmin: true, isActive: true });
      if (activeAdmins === 0)
        throw badInput('userId', 'The last active admin cannot lose admin rights or be deactivated');
      return target;
    });
    if (revoke) await this.accounts.announceRevocation(user);
    return user;
  }
}
