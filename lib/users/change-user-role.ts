import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { serializableTransaction } from "@/lib/db/serializable-transaction";
import { assertAnActiveAdminRemains } from "./active-admin-guard";
import { findUserForChange } from "./find-user-for-change";
import { changeRoleSchema, type ChangeRoleInput } from "./user-schema";

/**
 * Gives a user another role. Their sessions end (sessionVersion bump) so the next request is made
 * with the new role's claims; the last active admin cannot be demoted.
 */
export async function changeUserRole(actor: SessionUser, input: ChangeRoleInput): Promise<{ changed: boolean }> {
  const { userId, role } = changeRoleSchema.parse(input);
  return serializableTransaction(async (tx) => {
    const user = await findUserForChange(tx, userId);
    if (user.role === role) return { changed: false };
    await tx.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } });
    await assertAnActiveAdminRemains(tx, "role");
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: userId,
      action: "user.role-changed",
      before: { role: user.role },
      after: { role },
    });
    return { changed: true };
  });
}
