import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";

export type FirstAdmin =
  | { created: false }
  | { created: true; email: string; generatedPassword: string | null };

export const DEFAULT_ADMIN_EMAIL = "admin@localhost";

/**
 * On a database with no active admin (a new one, or one holding only seeded team members), creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD. With no
 * password configured a random one is generated and returned, to be shown once: no default
 * password exists anywhere.
 */
export async function ensureFirstAdmin(env: NodeJS.ProcessEnv = process.env): Promise<FirstAdmin> {
  // Seeded team members cannot sign in; only an active admin makes the bootstrap unnecessary.
  if ((await db.user.count({ where: { role: "admin", active: true } })) > 0) return { created: false };
  const email = (env.ADMIN_EMAIL?.trim() || DEFAULT_ADMIN_EMAIL).toLowerCase();
  const configured = env.ADMIN_PASSWORD ?? "";
  if (configured && configured.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`ADMIN_PASSWORD: must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const password = configured || randomBytes(15).toString("base64url");
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email, name: "Admin", role: "admin", passwordHash: await hashPassword(password) },
        select: { id: true, email: true, role: true },
      });
      await recordAudit(tx, {
        actorId: null,
        entityType: "user",
        entityId: user.id,
        action: "user.created",
        after: { email: user.email, role: user.role, via: "first start" },
      });
    });
  } catch (error) {
    // Another app server starting at the same moment created it first.
    if (isUniqueViolation(error)) return { created: false };
    throw error;
  }
  return { created: true, email, generatedPassword: configured ? null : password };
}
