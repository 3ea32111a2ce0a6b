import { db } from "@/lib/db/client";
import { isRole, type Role } from "@/lib/auth/roles";
import { userStatus, type UserStatus } from "./user-status";

export interface UserSummary {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: UserStatus;
  lastSignInAt: Date | null;
  createdAt: Date;
  inviteExpiresAt: Date | null;
  openLeads: number;
}

const summarySelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  passwordHash: true,
  inviteExpiresAt: true,
  lastSignInAt: true,
  createdAt: true,
  _count: { select: { ownedLeads: { where: { closedAt: null } } } },
} as const;

type SummaryRow = Awaited<ReturnType<typeof findSummaryRows>>[number];

function findSummaryRows(where: { id?: string } = {}) {
  return db.user.findMany({ where, select: summarySelect, orderBy: [{ active: "desc" }, { name: "asc" }] });
}

// The hash is read only to tell whether a password exists; it never leaves this function.
function toSummary(row: SummaryRow, now: Date): UserSummary {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: isRole(row.role) ? row.role : "rep",
    status: userStatus({ active: row.active, hasPassword: row.passwordHash !== null, inviteExpiresAt: row.inviteExpiresAt }, now),
    lastSignInAt: row.lastSignInAt,
    createdAt: row.createdAt,
    inviteExpiresAt: row.inviteExpiresAt,
    openLeads: row._count.ownedLeads,
  };
}

/** Everyone on the team, active first, by name. */
export async function listUsers(now = new Date()): Promise<UserSummary[]> {
  return (await findSummaryRows()).map((row) => toSummary(row, now));
}

export async function findUserSummary(userId: string, now = new Date()): Promise<UserSummary | null> {
  const [row] = await findSummaryRows({ id: userId });
  return row ? toSummary(row, now) : null;
}
