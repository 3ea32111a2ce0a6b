import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { createFreshDatabase } from "./fresh-database";

// Each integration test file runs on its own new database of the project's provider.
const provider = process.env.TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";
process.env.DATABASE_URL = await createFreshDatabase(
  provider,
  provider === "postgresql" ? inject("postgresAdminUrl") : undefined,
);

afterAll(async () => {
  await disconnectDb();
});
