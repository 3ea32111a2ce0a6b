import { timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db/client";
import { hashIngestSecret, secretsMatch } from "./ingest-key-secret";

export type IngestCaller = { keySource: "env"; ingestKeyId: null } | { keySource: "database"; ingestKeyId: string };

/**
 * Partner Center stores only a URL, so the key usually rides in it (`?key=`); scripts may send
 * `Authorization: Bearer`. The header wins when both are present.
 */
export function presentedIngestKey(request: Request): string | null {
  const header = request.headers.get("authorization");
  const bearer = header?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  if (bearer) return bearer;
  const fromUrl = new URL(request.url).searchParams.get("key")?.trim();
  return fromUrl || null;
}

export async function authenticateIngestKey(presented: string | null): Promise<IngestCaller | null> {
  if (!presented || presented.length > 512) return null;
  const configured = process.env.LEAD_INGEST_KEY?.trim();
  if (configured && secretsMatch(presented, configured)) return { keySource: "env", ingestKeyId: null };

  const hash = hashIngestSecret(presented);
  const key = await db.ingestKey.findUnique({
    where: { secretHash: hash },
    select: { id: true, secretHash: true, revokedAt: true },
  });
  // The lookup is by hash (which reveals nothing of the secret); the final comparison is constant-time.
  if (!key || key.revokedAt) return null;
  const matches = timingSafeEqual(Buffer.from(key.secretHash, "hex"), Buffer.from(hash, "hex"));
  return matches ? { keySource: "database", ingestKeyId: key.id } : null;
}
