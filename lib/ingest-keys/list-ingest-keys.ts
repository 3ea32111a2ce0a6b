import { db } from "@/lib/db/client";

/** Every key, usable ones first, newest first: what the keys page lists. */
export async function listIngestKeys() {
  const keys = await db.ingestKey.findMany({
    select: {
      id: true,
      label: true,
      secretPrefix: true,
      createdAt: true,
      lastUsedAt: true,
      deliveryCount: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return [...keys.filter((key) => !key.revokedAt), ...keys.filter((key) => key.revokedAt)];
}

export type IngestKeyRow = Awaited<ReturnType<typeof listIngestKeys>>[number];

/** Whether LEAD_INGEST_KEY is set: a key configured on the server, outside this list. */
export function serverIngestKeyConfigured(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.LEAD_INGEST_KEY?.trim());
}
