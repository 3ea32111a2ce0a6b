import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { renameSchema, type RenameInput } from "./user-schema";

/** Changes the name the team sees on leads, notes and the audit log. */
export async function renameSelf(actor: SessionUser, input: RenameInput): Promise<{ changed: boolean }> {
  const { name } = renameSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
    if (before.name === name) return { changed: false };
    await tx.user.update({ where: { id: actor.id }, data: { name } });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: actor.id,
      action: "user.renamed",
      before: { name: before.name },
      after: { name },
    });
    return { changed: true };
  });
}
