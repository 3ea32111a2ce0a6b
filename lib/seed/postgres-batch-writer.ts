import pg from "pg";
import { rowColumns, SEED_TABLES, type BatchWriter, type SeedRow } from "./batch-writer";

// Well below PostgreSQL's 65,535 bound parameters per statement.
const MAX_PARAMETERS = 30_000;

/**
 * Timestamps as UTC text, as @prisma/adapter-pg sends them: node-pg would send a Date in the
 * process's local time zone, which a TIMESTAMP(3) column would then store as if it were UTC.
 */
function encode(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

// Only full-size statements are kept: a batch's last, shorter chunk has a length of its own.
const fullSizeSql = new Map<string, string>();

function insertSql(table: string, columns: readonly string[], rows: number, fullSize: boolean): string {
  const key = `${table}(${columns.join(",")})`;
  const cached = fullSize ? fullSizeSql.get(key) : undefined;
  if (cached) return cached;
  let parameter = 0;
  const tuple = () => `(${columns.map(() => `$${++parameter}`).join(",")})`;
  const names = columns.map((column) => `"${column}"`).join(",");
  const sql = `INSERT INTO "${table}" (${names}) VALUES ${Array.from({ length: rows }, tuple).join(",")}`;
  if (fullSize) fullSizeSql.set(key, sql);
  return sql;
}

export async function openPostgresBatchWriter(url: string): Promise<BatchWriter> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async write(batch) {
      await client.query("BEGIN");
      try {
        for (const [table, key] of SEED_TABLES) {
          const rows = batch[key] as readonly SeedRow[];
          const columns = rowColumns(table, rows);
          if (columns.length === 0) continue;
          const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
          for (let start = 0; start < rows.length; start += perStatement) {
            const chunk = rows.slice(start, start + perStatement);
            const values = chunk.flatMap((row) => columns.map((column) => encode(row[column])));
            await client.query(insertSql(table, columns, chunk.length, chunk.length === perStatement), values);
          }
        }
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      }
    },
    async close() {
      await client.end();
    },
  };
}
