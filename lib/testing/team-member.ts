import { randomBytes } from "node:crypto";
import type { Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";

/** A real, active user row for integration tests, as the session user an action would see. */
export async function teamMember(role: Role, name = `${role}-${randomBytes(4).toString("hex")}`): Promise<SessionUser> {
  const user = await db.user.create({
    data: { email: `${name.toLowerCase()}@team.example`, name, role },
    select: { id: true, email: true, name: true },
  });
  return { ...user, role };
}

/** The audit rows written about one thing, oldest first, with before/after parsed. */
export async function auditRowsFor(entityId: string) {
  const rows = await db.auditEntry.findMany({ where: { entityId }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  return rows.map((row) => ({
    ...row,
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
  }));
}
