import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { migrateDatabase } from "@/lib/db/migrate";

/** A new, empty, migrated database URL of the given kind; PostgreSQL needs the test cluster's admin URL. */
export async function createFreshDatabase(
  provider: "sqlite" | "postgresql",
  postgresAdminUrl?: string,
): Promise<string> {
  let url: string;
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "lead-cockpit-sqlite-"));
    url = `file:${path.join(dir, "test.db")}`;
  } else {
    if (!postgresAdminUrl) throw new Error("PostgreSQL tests need the cluster started by postgres-global-setup");
    const name = `leads_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: postgresAdminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    url = postgresAdminUrl.replace(/\/[^/]*$/, `/${name}`);
  }
  await migrateDatabase(resolveDatabaseTarget(url));
  return url;
}
