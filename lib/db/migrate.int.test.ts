import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { loadMigrations, migrateDatabase } from "@/lib/db/migrate";

describe("migrations", () => {
  const target = resolveDatabaseTarget();

  it("have been applied to the empty database of this test file, recorded as Prisma records them", async () => {
    const rows = await db.$queryRawUnsafe<{ migration_name: string; checksum: string; finished_at: unknown }[]>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const files = loadMigrations(target.provider);
    expect(files.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((m) => m.name));
    expect(rows.map((r) => r.checksum)).toEqual(files.map((m) => m.checksum));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    expect(await db.lead.count()).toBe(0);
  });

  it("are idempotent: a second start applies nothing and keeps the data", async () => {
    await db.offer.create({ data: { offerKey: "kept.offer", title: "Kept" } });
    const again = await migrateDatabase(target);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(loadMigrations(target.provider).length);
    expect(await db.offer.count({ where: { offerKey: "kept.offer" } })).toBe(1);
  });

  it("run concurrently from several app servers apply each migration once", async () => {
    const results = await Promise.all([migrateDatabase(target), migrateDatabase(target), migrateDatabase(target)]);
    expect(results.flatMap((r) => r.applied)).toEqual([]);
  });
});
