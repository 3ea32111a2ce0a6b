import type { Tx } from "@/lib/db/client";

export type AuditEntityType = "lead" | "user" | "key" | "delivery" | "view";

export interface AuditRecord {
  actorId: string | null;
  entityType: AuditEntityType;
  entityId: string;
  /** What happened, as `<entity>.<verb>`: lead.assigned, user.role-changed, key.revoked … */
  action: string;
  before?: unknown;
  after?: unknown;
}

function serialise(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

/**
 * Writes an audit entry inside the caller's transaction, so a change and its record of who made
 * it, and what the values were before and after, are committed together or not at all.
 */
export async function recordAudit(tx: Tx, record: AuditRecord): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: record.actorId,
      entityType: record.entityType,
      entityId: record.entityId,
      action: record.action,
      before: serialise(record.before),
      after: serialise(record.after),
    },
  });
}
