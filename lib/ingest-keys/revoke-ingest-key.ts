import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { FieldError } from "@/lib/errors/field-error";
import { ingestKeyRefSchema, type IngestKeyRef } from "./ingest-key-schema";

/**
 * Revokes a key: the endpoint answers 401 to its next use. The key stays listed (and its
 * deliveries keep their label in the journal); revoking cannot be undone, create a new key instead.
 */
export async function revokeIngestKey(actor: SessionUser, input: IngestKeyRef, now = new Date()): Promise<{ label: string }> {
  const { keyId } = ingestKeyRefSchema.parse(input);
  return db.$transaction(async (tx) => {
    const key = await tx.ingestKey.findUnique({ where: { id: keyId }, select: { label: true, revokedAt: true } });
    if (!key) throw new FieldError("keyId", "no ingest key with this id", 404);
    const revoked = await tx.ingestKey.updateMany({ where: { id: keyId, revokedAt: null }, data: { revokedAt: now } });
    if (revoked.count === 0) throw new FieldError("keyId", `"${key.label}" is already revoked`, 409);
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "key",
      entityId: keyId,
      action: "key.revoked",
      before: { label: key.label, revokedAt: null },
      after: { label: key.label, revokedAt: now.toISOString() },
    });
    return { label: key.label };
  });
}
