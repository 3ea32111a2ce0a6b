import type { DatabaseTarget } from "@/lib/db/database-url";
import type { SeedBatch } from "./generate-leads";
import { openPostgresBatchWriter } from "./postgres-batch-writer";
import { openSqliteBatchWriter } from "./sqlite-batch-writer";

/**
 * Where seeded rows are written. Bulk rows go through the database driver directly (as
 * lib/db/migrate.ts does), not through Prisma: Prisma 7 compiles each createMany with all its
 * data in its query compiler (about 1,500 lead rows/s here), and even raw INSERTs through the
 * client cost twice the CPU of the driver and let the heap grow past a gigabyte. Values are
 * encoded exactly as the Prisma driver adapters encode them, so the rows read back identically
 * through the client.
 */
export interface BatchWriter {
  /** Writes one batch in one transaction: it lands whole or not at all. */
  write(batch: SeedBatch): Promise<void>;
  close(): Promise<void>;
}

/** Parents before children, so foreign keys hold at every statement. */
export const SEED_TABLES = [
  ["Contact", "contacts"],
  ["Lead", "leads"],
  ["Delivery", "deliveries"],
  ["LeadEvent", "events"],
  ["LeadActivity", "activities"],
] as const satisfies readonly (readonly [string, keyof SeedBatch])[];

export type SeedRow = Record<string, unknown>;

/** The columns of a table's rows: every row must carry the same keys (a missing key is not a default). */
export function rowColumns(table: string, rows: readonly object[]): string[] {
  const first = rows[0];
  if (!first) return [];
  const columns = Object.keys(first);
  for (const row of rows) {
    if (Object.keys(row).length !== columns.length) throw new Error(`seed rows for ${table} differ in their columns`);
  }
  return columns;
}

export function openBatchWriter(target: DatabaseTarget): Promise<BatchWriter> {
  return target.provider === "postgresql" ? openPostgresBatchWriter(target.url) : openSqliteBatchWriter(target.url);
}
