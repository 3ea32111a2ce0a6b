/**
 * `npm start`: prepares and serves the production app.
 *   1. reads .env when present, 2. ensures NEXTAUTH_SECRET (generated under data/ when unset),
 *   3. applies pending migrations (SQLite or PostgreSQL), 4. creates the first admin on an empty
 *   database, 5. builds when no build exists, 6. serves with `next start` on PORT (3000).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { ensureNextAuthSecret } from "@/lib/auth/nextauth-secret";
import { disconnectDb } from "@/lib/db/client";
import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { migrateDatabase } from "@/lib/db/migrate";
import { ensureFirstAdmin } from "@/lib/users/ensure-first-admin";

const root = path.resolve(__dirname, "..");
process.chdir(root);
if (existsSync(".env")) process.loadEnvFile(".env");

const port = process.env.PORT?.trim() || "3000";
process.env.PORT = port;
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.NEXTAUTH_SECRET = ensureNextAuthSecret(path.join(root, "data"));
process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;

const nextBin = path.join(root, "node_modules", ".bin", "next");

async function main() {
  const target = resolveDatabaseTarget();
  const where = target.provider === "sqlite" ? path.relative(root, target.url) : "PostgreSQL";
  const migrated = await migrateDatabase(target, root);
  console.log(
    migrated.applied.length
      ? `Database (${where}): applied ${migrated.applied.length} migration(s): ${migrated.applied.join(", ")}`
      : `Database (${where}): up to date (${migrated.alreadyApplied} migration(s)).`,
  );

  const admin = await ensureFirstAdmin();
  if (admin.created) {
    console.log(`\nFirst admin created: ${admin.email}`);
    if (admin.generatedPassword) {
      console.log(`Password (shown once, change it after signing in): ${admin.generatedPassword}\n`);
    }
  }
  await disconnectDb();

  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("No production build yet: building (about a minute)…");
    const build = spawnSync(nextBin, ["build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const server = spawn(nextBin, ["start", "-p", port], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
