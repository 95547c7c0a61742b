import type { Em } from '../../db/orm';
import { decodeCursor, encodeCursor, pageSize, toConnection, type Page } from '../common/pagination';
import { instance, reference, toDate, toNumber, type Row } from '../common/row-mapping';
import { AuditEntry } from './audit-entry.entity';
import type { User } from './user.entity';

export interface AuditRecord {
  actorId: number;
  action: string;
  targetType: 'Movie' | 'Person' | 'Genre' | 'Review' | 'User';
  targetId: number | string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

/** Records an admin's change in the caller's transaction (pass the transaction's em): both land or neither. */
export async function recordAudit(em: Em, record: AuditRecord): Promise<void> {
  await em.insert(AuditEntry, {
    actor: record.actorId,
    action: record.action,
    targetType: record.targetType,
    targetId: String(record.targetId),
    reason: record.reason?.trim() || null,
    before: record.before ? JSON.stringify(record.before) : null,
    after: record.after ? JSON.stringify(record.after) : null,
    createdAt: new Date(),
  });
}

function entryFromRow(row: Row): AuditEntry {
  return instance(AuditEntry, {
    id: toNumber(row.id),
    actor: reference<User>(row.actor_id),
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    reason: row.reason ?? null,
    before: row.before ?? null,
    after: row.after ?? null,
    createdAt: toDate(row.created_at),
  });
}

/** Newest first; optionally the entries of one thing (targetType and targetId). */
export async function auditLog(
  em: Em,
  args: { first?: number | null; after?: string | null; targetType?: string | null; targetId?: string | null },
): Promise<Page<AuditEntry>> {
  const size = pageSize(args.first);
  const knex = em.getKnex();
  const filtered = knex('audit_entry');
  if (args.targetType) filtered.where('target_type', args.targetType);
  if (args.targetId) filtered.where('target_id', args.targetId);
  const page = filtered.clone().orderBy('id', 'desc');
  if (args.after) page.where('id', '<', Number(decodeCursor(args.after, 'audit', 1)[0]));
  const rows = size === 0 ? [] : ((await page.limit(size + 1)) as Row[]);
  return toConnection(rows, size, {
    node: entryFromRow,
    cursor: (row) => encodeCursor('audit', [toNumber(row.id)]),
    hasPreviousPage: Boolean(args.after),
    countAll: async () => toNumber(((await filtered.clone().count({ count: '*' }).first()) as Row).count),
  });
}
