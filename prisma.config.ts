import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma 7's CLI looks for its native schema engine before every command and downloads it when
// missing. Where no download is possible, `generate`, `validate` and `format` still work, because
// they never run the engine: point the check at a stub. Migrations are applied by our own
// migrator (lib/db/migrate.ts), never by the engine.
const enginesDir = path.join(__dirname, "node_modules", "@prisma", "engines");
const hasEngine =
  existsSync(enginesDir) && readdirSync(enginesDir).some((name) => name.startsWith("schema-engine"));
if (!hasEngine && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(__dirname, "scripts", "schema-engine-stub.sh");
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
