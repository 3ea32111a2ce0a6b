import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { credentialForAudit, issueCredential, type IssuedCredential } from "./user-credential";
import { findUserForChange } from "./find-user-for-change";
import { resetPasswordSchema, type ResetPasswordInput } from "./user-schema";

/**
 * Replaces a user's password with a new one-time password or an invitation link. The old
 * password stops working and every session of theirs ends at once.
 */
export async function resetUserPassword(
  actor: SessionUser,
  input: ResetPasswordInput,
  now = new Date(),
): Promise<{ issued: IssuedCredential; email: string }> {
  const { userId, credential } = resetPasswordSchema.parse(input);
  const { columns, issued } = await issueCredential(credential, now);
  const email = await db.$transaction(async (tx) => {
    const user = await findUserForChange(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { ...columns, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: userId,
      action: "user.password-reset",
      after: credentialForAudit(issued),
    });
    return user.email;
  });
  return { issued, email };
}
