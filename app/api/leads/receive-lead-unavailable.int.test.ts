import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { postLead } from "@/lib/testing/post-lead";

/**
 * When the database cannot be written the marketplace must not get a 2xx: it would never resend.
 * SQLite: another process holds the write lock longer than we wait. PostgreSQL: no server there.
 */
describe("POST /api/leads when the database cannot be written", () => {
  const original = process.env.DATABASE_URL;
  let lockHolder: Database.Database | null = null;

  beforeAll(async () => {
    await disconnectDb();
    if (process.env.TEST_DATABASE === "postgresql") {
      process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/nowhere?connect_timeout=2";
    } else {
      const file = resolveDatabaseTarget(original).url;
      lockHolder = new Database(file);
      lockHolder.exec("BEGIN EXCLUSIVE");
      process.env.SQLITE_BUSY_TIMEOUT_MS = "300";
    }
  });

  afterAll(async () => {
    lockHolder?.exec("ROLLBACK");
    lockHolder?.close();
    delete process.env.SQLITE_BUSY_TIMEOUT_MS;
    await disconnectDb();
    process.env.DATABASE_URL = original;
  });

  it("answers 503 with Retry-After and a message naming the database", async () => {
    const { status, headers, json } = await postLead({ UserDetails: { Email: "down@example.com" }, LeadSource: "AzureMarketplace" });
    expect(status).toBe(503);
    expect(Number(headers.get("retry-after"))).toBeGreaterThan(0);
    expect(json.error?.field).toBe("database");
  });
});
