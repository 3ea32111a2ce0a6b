import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { generateIngestSecret, hashIngestSecret, secretPrefix } from "@/lib/ingest/ingest-key-secret";
import { createIngestKeySchema, type CreateIngestKeyInput } from "./ingest-key-schema";

/**
 * Creates an ingest key. The secret is returned this once, for the admin to paste into Partner
 * Center; only its hash and first characters are stored.
 */
export async function createIngestKey(actor: SessionUser, input: CreateIngestKeyInput): Promise<{ keyId: string; label: string; secret: string }> {
  const { label } = createIngestKeySchema.parse(input);
  const secret = generateIngestSecret();
  const prefix = secretPrefix(secret);
  const keyId = await db.$transaction(async (tx) => {
    const key = await tx.ingestKey.create({
      data: { label, secretHash: hashIngestSecret(secret), secretPrefix: prefix, createdById: actor.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "key",
      entityId: key.id,
      action: "key.created",
      after: { label, secretPrefix: prefix },
    });
    return key.id;
  });
  return { keyId, label, secret };
}
