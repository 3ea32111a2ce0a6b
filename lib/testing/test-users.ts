import { randomBytes } from "node:crypto";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";

/** A real user row for tests, returned as the session user the app would see. */
export async function createTestUser(role: Role, name = `${role} ${randomBytes(3).toString("hex")}`): Promise<SessionUser> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}@team.example`;
  const user = await db.user.create({ data: { email, name, role }, select: { id: true, email: true, name: true, role: true } });
  return { ...user, role };
}
