// Generates both Prisma clients from the one authored schema: the SQLite client from
// prisma/schema.prisma, and the PostgreSQL client from a schema derived from it here.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sqliteSchema = path.join(root, "prisma", "schema.prisma");
const postgresSchema = path.join(root, "prisma", "postgresql", "schema.prisma");

const authored = readFileSync(sqliteSchema, "utf8");
const derived = authored
  .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
  .replace(/output\s*=\s*"\.\.\/lib\/generated\/sqlite"/, 'output   = "../../lib/generated/postgres"');
if (!derived.includes('"postgresql"') || !derived.includes("generated/postgres")) {
  throw new Error("prisma/schema.prisma: expected a sqlite provider and output ../lib/generated/sqlite");
}
mkdirSync(path.dirname(postgresSchema), { recursive: true });
writeFileSync(
  postgresSchema,
  "// Derived from prisma/schema.prisma by scripts/prisma-generate.mjs: edit that file, not this one.\n" +
    derived,
);

const prisma = path.join(root, "node_modules", ".bin", "prisma");
for (const schema of [sqliteSchema, postgresSchema]) {
  execFileSync(prisma, ["generate", "--schema", schema], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
  });
}
console.log("Prisma clients generated for SQLite and PostgreSQL.");
