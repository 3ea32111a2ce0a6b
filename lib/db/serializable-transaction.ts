import { db, type Tx } from "./client";

/**
 * PostgreSQL aborts one of two conflicting serializable transactions. Prisma usually reports it as
 * P2034; when the conflict surfaces at commit, the driver adapter's own error arrives instead.
 */
export function isWriteConflict(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, name, cause } = error as { code?: unknown; name?: unknown; cause?: { kind?: unknown } };
  return code === "P2034" || (name === "DriverAdapterError" && cause?.kind === "TransactionWriteConflict");
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
