import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { serializableTransaction } from "@/lib/db/serializable-transaction";
import { FieldError } from "@/lib/errors/field-error";
import { assertAnActiveAdminRemains } from "./active-admin-guard";
import { findUserForChange } from "./find-user-for-change";
import { userRefSchema, type UserRef } from "./user-schema";

/**
 * Deactivates a user: their sessions stop working on their next request (the proxy reads `active`
 * and the bumped sessionVersion), an open invitation link stops working, and they cannot sign in.
 * Their leads, notes and audit entries stay. The last active admin cannot be deactivated.
 */
export async function deactivateUser(actor: SessionUser, input: UserRef): Promise<{ changed: boolean }> {
  const { userId } = userRefSchema.parse(input);
  if (userId === actor.id) throw new FieldError("userId", "you cannot deactivate yourself; ask another admin", 409);
  return serializableTransaction(async (tx) => {
    const user = await findUserForChange(tx, userId);
    if (!user.active) return { changed: false };
    await tx.user.update({
      where: { id: userId },
      data: { active: false, sessionVersion: { increment: 1 }, inviteTokenHash: null, inviteExpiresAt: null },
    });
    await assertAnActiveAdminRemains(tx, "userId");
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: userId,
      action: "user.deactivated",
      before: { active: true },
      after: { active: false },
    });
    return { changed: true };
  });
}

/** Lets a deactivated user sign in again with their existing password (or after a reset). */
export async function reactivateUser(actor: SessionUser, input: UserRef): Promise<{ changed: boolean }> {
  const { userId } = userRefSchema.parse(input);
  return serializableTransaction(async (tx) => {
    const user = await findUserForChange(tx, userId);
    if (user.active) return { changed: false };
    await tx.user.update({ where: { id: userId }, data: { active: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: userId,
      action: "user.reactivated",
      before: { active: false },
      after: { active: true },
    });
    return { changed: true };
  });
}
