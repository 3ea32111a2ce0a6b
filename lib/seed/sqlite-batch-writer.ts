import Database from "better-sqlite3";
import { rowColumns, SEED_TABLES, type BatchWriter, type SeedRow } from "./batch-writer";
import type { SeedBatch } from "./generate-leads";

/** As @prisma/adapter-better-sqlite3 stores them (its default iso8601 timestamp format). */
function encode(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value ?? null;
}

export async function openSqliteBatchWriter(file: string): Promise<BatchWriter> {
  // Waits for the app's own writers instead of failing, as lib/db/client.ts does.
  const sqlite = new Database(file, { timeout: 30_000 });
  // These settings belong to this connection only; the app's own connections keep theirs.
  // Durable at each checkpoint rather than at each commit: safe in WAL mode, and a seed can be rerun.
  sqlite.pragma("synchronous = NORMAL");
  // A fixed 256 MiB page cache keeps the lead table's many index pages hot as it grows
  // (a quarter faster at 80k leads than 64 MiB); it bounds memory, whatever the lead count.
  sqlite.pragma("cache_size = -262144");
  // Checkpoint every ~100 MB of WAL instead of every 4 MB: fewer rewrites of the same index pages.
  sqlite.pragma("wal_autocheckpoint = 25000");
  const statements = new Map<string, Database.Statement>();

  const statement = (table: string, columns: string[]) => {
    const key = `${table}(${columns.join(",")})`;
    let prepared = statements.get(key);
    if (!prepared) {
      const names = columns.map((column) => `"${column}"`).join(",");
      prepared = sqlite.prepare(`INSERT INTO "${table}" (${names}) VALUES (${columns.map(() => "?").join(",")})`);
      statements.set(key, prepared);
    }
    return prepared;
  };

  const writeAll = sqlite.transaction((batch: SeedBatch) => {
    for (const [table, key] of SEED_TABLES) {
      const rows = batch[key] as readonly SeedRow[];
      const columns = rowColumns(table, rows);
      if (columns.length === 0) continue;
      const insert = statement(table, columns);
      for (const row of rows) insert.run(columns.map((column) => encode(row[column])));
    }
  });

  return {
    async write(batch) {
      writeAll.immediate(batch);
    },
    async close() {
      sqlite.close();
    },
  };
}
