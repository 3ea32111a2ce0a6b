import { createHash } from "node:crypto";

/**
 * The canonical form of a delivery: keys lower-cased and sorted, strings trimmed. Two deliveries
 * with the same canonical body are the same delivery sent twice (an exact replay).
 */
function canonicalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalise);
  if (typeof value === "string") return value.trim();
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, fieldValue]) => [key.trim().toLowerCase(), canonicalise(fieldValue)] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  }
  return value;
}

export function canonicalJson(body: unknown): string {
  return JSON.stringify(canonicalise(body));
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
