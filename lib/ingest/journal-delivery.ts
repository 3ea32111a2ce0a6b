import { db } from "@/lib/db/client";
import type { IngestCaller } from "./authenticate-ingest-key";

export interface JournalInput {
  caller: IngestCaller;
  rawBody: string;
  contentType: string | null;
  remoteAddress: string | null;
  outcome?: "received" | "rejected";
  error?: { field: string; message: string };
}

/**
 * Writes the raw body to the journal before anything interprets it: the marketplace cannot resend
 * a lead, so a body we fail to understand must still be kept for a person to repair and replay.
 */
export async function journalDelivery(input: JournalInput): Promise<{ id: string; receivedAt: Date }> {
  const receivedAt = new Date();
  const [delivery] = await db.$transaction([
    db.delivery.create({
      data: {
        receivedAt,
        ingestKeyId: input.caller.ingestKeyId,
        keySource: input.caller.keySource,
        contentType: input.contentType?.slice(0, 200) ?? null,
        remoteAddress: input.remoteAddress?.slice(0, 100) ?? null,
        rawBody: input.rawBody,
        outcome: input.outcome ?? "received",
        error: input.error?.message ?? null,
        errorField: input.error?.field ?? null,
      },
      select: { id: true, receivedAt: true },
    }),
    ...(input.caller.ingestKeyId
      ? [
          db.ingestKey.update({
            where: { id: input.caller.ingestKeyId },
            data: { lastUsedAt: receivedAt, deliveryCount: { increment: 1 } },
            select: { id: true },
          }),
        ]
      : []),
  ]);
  return delivery;
}
