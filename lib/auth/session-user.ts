import { db } from "@/lib/db/client";
import { isRole, type Role } from "./roles";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * The user behind a session token, read fresh from the database on every request: a deactivated
 * user, a changed role or a reset password (sessionVersion bump) takes effect at once.
 */
export async function loadSessionUser(token: { sub?: string; sv?: unknown } | null): Promise<SessionUser | null> {
  if (!token?.sub) return null;
  const user = await db.user.findUnique({
    where: { id: token.sub },
    select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== token.sv || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
