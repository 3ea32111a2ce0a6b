import { db } from "@/lib/db/client";
import { dayRange, PAGE_SIZE } from "@/lib/paging/search-params";
import type { AuditFilters } from "./audit-filters";

function whereOf(filters: AuditFilters) {
  const at = dayRange(filters.from, filters.to);
  return {
    ...(filters.actor ? { actorId: filters.actor } : {}),
    ...(filters.kind ? { entityType: filters.kind } : {}),
    ...(filters.subject ? { entityId: filters.subject } : {}),
    ...(at ? { at } : {}),
  };
}

/** Names for the leads, users and keys on one page of the log, so rows say who or what changed. */
async function subjectNames(entries: { entityType: string; entityId: string }[]): Promise<Map<string, string>> {
  const ids = (type: string) => [...new Set(entries.filter((e) => e.entityType === type).map((e) => e.entityId))];
  const [users, keys, leads] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids("user") } }, select: { id: true, name: true } }),
    db.ingestKey.findMany({ where: { id: { in: ids("key") } }, select: { id: true, label: true } }),
    db.lead.findMany({ where: { id: { in: ids("lead") } }, select: { id: true, contactName: true, email: true } }),
  ]);
  return new Map([
    ...users.map((u) => [u.id, u.name] as const),
    ...keys.map((k) => [k.id, k.label] as const),
    ...leads.map((l) => [l.id, l.contactName || l.email || "Anonymous customer"] as const),
  ]);
}

/** One page of the audit log, newest first, with the actor's and the subject's names. */
export async function listAuditEntries(filters: AuditFilters, pageSize = PAGE_SIZE) {
  const where = whereOf(filters);
  const [entries, total] = await Promise.all([
    db.auditEntry.findMany({
      where,
      select: {
        id: true,
        at: true,
        entityType: true,
        entityId: true,
        action: true,
        before: true,
        after: true,
        actor: { select: { id: true, name: true } },
      },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * pageSize,
      take: pageSize,
    }),
    db.auditEntry.count({ where }),
  ]);
  const names = await subjectNames(entries);
  return {
    total,
    rows: entries.map((entry) => ({ ...entry, subjectName: names.get(entry.entityId) ?? null })),
  };
}

export type AuditRow = Awaited<ReturnType<typeof listAuditEntries>>["rows"][number];

/** Everyone who could appear as "who", for the filter. */
export function listAuditActors() {
  return db.user.findMany({ select: { id: true, name: true, email: true }, orderBy: { name: "asc" } });
}
