/** `npm run migrate`: applies pending migrations to DATABASE_URL (npm start does this too). */
import { existsSync } from "node:fs";
import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { migrateDatabase } from "@/lib/db/migrate";

if (existsSync(".env")) process.loadEnvFile(".env");
migrateDatabase(resolveDatabaseTarget())
  .then((result) => {
    console.log(result.applied.length ? `Applied: ${result.applied.join(", ")}` : `Up to date (${result.alreadyApplied} migrations).`);
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
