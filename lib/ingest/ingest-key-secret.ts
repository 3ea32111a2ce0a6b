import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

const SECRET_PREFIX = "lk_";

/** A new ingest key secret: shown once, stored only as its hash. */
export function generateIngestSecret(): string {
  return SECRET_PREFIX + randomBytes(24).toString("base64url");
}

export function hashIngestSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** Compares two secrets in time that does not depend on where they differ. */
export function secretsMatch(presented: string, expected: string): boolean {
  const a = Buffer.from(hashIngestSecret(presented), "hex");
  const b = Buffer.from(hashIngestSecret(expected), "hex");
  return timingSafeEqual(a, b);
}

export function secretPrefix(secret: string): string {
  return secret.slice(0, SECRET_PREFIX.length + 4);
}
