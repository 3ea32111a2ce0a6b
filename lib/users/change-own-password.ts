import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session-user";
import { reserveSignInAttempt, settleSignInAttempt, SignInThrottled } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db/client";
import { FieldError } from "@/lib/errors/field-error";
import { changePasswordSchema, type ChangePasswordInput } from "./user-schema";

/**
 * Changes the signed-in user's own password, after checking the current one. A wrong current
 * password counts as a failed sign-in, so a borrowed session cannot be used to guess it. Every
 * other session of the user ends; the caller gives this browser a fresh one (sessionVersion).
 */
export async function changeOwnPassword(
  actor: SessionUser,
  input: ChangePasswordInput,
  address: string,
  now = new Date(),
): Promise<{ sessionVersion: number }> {
  const { currentPassword, newPassword } = changePasswordSchema.parse(input);
  let slot;
  try {
    slot = await reserveSignInAttempt(actor.email, address, now);
  } catch (error) {
    if (error instanceof SignInThrottled) throw new FieldError("currentPassword", error.message, 409);
    throw error;
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  const valid = Boolean(user.passwordHash) && (await verifyPassword(currentPassword, user.passwordHash));
  await settleSignInAttempt(slot, valid, now);
  if (!valid) throw new FieldError("currentPassword", "this is not your current password");
  if (currentPassword === newPassword) throw new FieldError("newPassword", "choose a password different from the current one");

  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: actor.id,
      action: "user.password-changed",
      after: { passwordSet: true },
    });
    return updated;
  });
}
