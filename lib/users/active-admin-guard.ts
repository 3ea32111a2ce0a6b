import type { Tx } from "@/lib/db/client";
import { FieldError } from "@/lib/errors/field-error";

/**
 * Called inside a serializable transaction after a change that may take an admin away: the team
 * must keep at least one active admin, or nobody could manage users and keys again.
 */
export async function assertAnActiveAdminRemains(tx: Tx, field: string): Promise<void> {
  const admins = await tx.user.count({ where: { role: "admin", active: true } });
  if (admins === 0) {
    throw new FieldError(field, "this is the last active admin; make someone else an admin first", 409);
  }
}
