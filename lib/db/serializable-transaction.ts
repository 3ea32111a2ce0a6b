import { db, type Tx } from "./client";

/** PostgreSQL aborts one of two conflicting serializable transactions; Prisma reports it as P2034. */
export function isWriteConflict(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2034";
}

/**
 * Runs `work` in a serializable transaction, again when it lost a write conflict. For rules that
 * read other rows than they write ("an active admin must remain"): two admins demoting each other
 * at the same moment must not both succeed. The retry sees the other's commit and applies the rule.
 */
export async function serializableTransaction<T>(work: (tx: Tx) => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { isolationLevel: "Serializable", maxWait: 10_000, timeout: 20_000 });
    } catch (error) {
      if (!isWriteConflict(error) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
