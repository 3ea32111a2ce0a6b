import { describe, expect, it } from "vitest";
import { recordAudit, type AuditRecord } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { teamMember } from "@/lib/testing/team-member";
import { auditFilters } from "./audit-filters";
import { listAuditEntries } from "./list-audit-entries";

const audit = (record: AuditRecord) => db.$transaction((tx) => recordAudit(tx, record));

describe("browsing the audit log", () => {
  it("filters by who, kind, the thing changed and date, newest first, with names", async () => {
    const admin = await teamMember("admin");
    const other = await teamMember("admin");
    const rep = await teamMember("rep");
    const key = await db.ingestKey.create({ data: { label: "Audit filter key", secretHash: "hash-audit-filter", secretPrefix: "lk_audi" } });
    await audit({ actorId: admin.id, entityType: "user", entityId: rep.id, action: "user.role-changed", before: { role: "rep" }, after: { role: "manager" } });
    await audit({ actorId: other.id, entityType: "key", entityId: key.id, action: "key.created", after: { label: key.label } });
    await audit({ actorId: admin.id, entityType: "lead", entityId: "lead-123", action: "lead.assigned", before: { ownerId: null }, after: { ownerId: rep.id } });
    // An old entry, outside the date filter below.
    await db.auditEntry.create({ data: { at: new Date("2020-01-01T12:00:00Z"), actorId: admin.id, entityType: "user", entityId: rep.id, action: "user.renamed" } });

    const byAdmin = await listAuditEntries(auditFilters({ actor: admin.id }));
    expect(byAdmin.rows.map((row) => row.action)).toEqual(["lead.assigned", "user.role-changed", "user.renamed"]);
    expect(byAdmin.rows[1]).toMatchObject({ actor: { id: admin.id, name: admin.name }, subjectName: rep.name, before: '{"role":"rep"}' });

    const keys = await listAuditEntries(auditFilters({ kind: "key" }));
    expect(keys.rows.map((row) => [row.action, row.subjectName, row.actor?.id])).toEqual([["key.created", "Audit filter key", other.id]]);

    const lead = await listAuditEntries(auditFilters({ kind: "lead", subject: "lead-123" }));
    expect(lead.total).toBe(1);
    expect(lead.rows[0]).toMatchObject({ action: "lead.assigned", subjectName: null });

    const recent = await listAuditEntries(auditFilters({ subject: rep.id, from: "2026-01-01" }));
    expect(recent.rows.map((row) => row.action)).toEqual(["user.role-changed"]);
    const old = await listAuditEntries(auditFilters({ subject: rep.id, from: "2020-01-01", to: "2020-01-01" }));
    expect(old.rows.map((row) => row.action)).toEqual(["user.renamed"]);
  });

  it("pages through the log", async () => {
    const admin = await teamMember("admin");
    for (let i = 0; i < 5; i++) {
      await db.auditEntry.create({ data: { at: new Date(Date.UTC(2025, 0, 1, 0, i)), actorId: admin.id, entityType: "view", entityId: `view-${i}`, action: "view.saved" } });
    }
    const second = await listAuditEntries(auditFilters({ kind: "view", page: "2" }), 2);
    expect(second.total).toBe(5);
    expect(second.rows.map((row) => row.entityId)).toEqual(["view-2", "view-1"]);
  });
});
