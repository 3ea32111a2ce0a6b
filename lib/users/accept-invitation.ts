import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { FieldError } from "@/lib/errors/field-error";
import { hashInvitationToken } from "./user-credential";
import { acceptInvitationSchema, type AcceptInvitationInput } from "./user-schema";

/** The invited user behind a link, while the link still works; null otherwise. */
export async function findInvitation(token: string, now = new Date()) {
  if (!token || token.length > 200) return null;
  const user = await db.user.findUnique({
    where: { inviteTokenHash: hashInvitationToken(token) },
    select: { id: true, name: true, email: true, active: true, inviteExpiresAt: true },
  });
  if (!user || !user.active || !user.inviteExpiresAt || user.inviteExpiresAt <= now) return null;
  return { name: user.name, email: user.email, expiresAt: user.inviteExpiresAt };
}

/**
 * Sets the password of an invited user. The link works once: the token's hash is cleared in the
 * same conditional update that sets the password, so two submissions cannot both succeed.
 */
export async function acceptInvitation(input: AcceptInvitationInput, now = new Date()): Promise<{ email: string }> {
  const { token, newPassword } = acceptInvitationSchema.parse(input);
  const tokenHash = hashInvitationToken(token);
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { inviteTokenHash: tokenHash }, select: { id: true, email: true } });
    const claimed = user
      ? await tx.user.updateMany({
          where: { id: user.id, inviteTokenHash: tokenHash, active: true, inviteExpiresAt: { gt: now } },
          data: { passwordHash, inviteTokenHash: null, inviteExpiresAt: null, sessionVersion: { increment: 1 } },
        })
      : { count: 0 };
    if (!user || claimed.count === 0) {
      throw new FieldError("token", "this invitation link has expired or was already used; ask your admin for a new one", 404);
    }
    await recordAudit(tx, {
      actorId: user.id,
      entityType: "user",
      entityId: user.id,
      action: "user.invitation-accepted",
      after: { passwordSet: true },
    });
    return { email: user.email };
  });
}
