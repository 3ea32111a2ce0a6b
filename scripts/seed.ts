// npm run seed -- --leads N [--seed S] [--now ISO]: fills the database with synthetic marketplace
// leads for demos, load tests and analytics. See --help, and lib/seed/ for how rows are made.
import { databaseProvider, disconnectDb } from "@/lib/db/client";
import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { migrateDatabase } from "@/lib/db/migrate";
import { parseSeedArgs, SEED_USAGE } from "@/lib/seed/parse-seed-args";
import { formatCount, ProgressBar } from "@/lib/seed/progress-bar";
import { seedLeads } from "@/lib/seed/seed-leads";

async function main(): Promise<number> {
  const parsed = parseSeedArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`seed: ${parsed.message}\n\n${SEED_USAGE}\n`);
    return 2;
  }
  const { leads, seed, now, help } = parsed.args;
  if (help) {
    process.stdout.write(`${SEED_USAGE}\n`);
    return 0;
  }

  const target = resolveDatabaseTarget();
  await migrateDatabase(target);
  // Never print a PostgreSQL URL: it may carry a password.
  const where = target.provider === "sqlite" ? `SQLite ${target.url}` : "PostgreSQL (DATABASE_URL)";
  process.stderr.write(
    `Seeding ${formatCount(leads)} leads with seed ${seed} into ${where}.\n` +
      `Timestamps are relative to now = ${now.toISOString()} (pass --now ${now.toISOString()} to reproduce).\n`,
  );

  const progress = new ProgressBar(leads, "leads");
  progress.update(0);
  const result = await seedLeads({ leads, seed, now, onProgress: (done) => progress.update(done) });
  progress.finish();

  if (result.status === "already-present") {
    process.stdout.write(
      `Seed ${seed} is already in this database (${formatCount(result.existingLeads)} leads); nothing was added.\n` +
        `Seeds add up: run again with another --seed to add more leads.\n`,
    );
    return 0;
  }
  const seconds = result.elapsedMs / 1000;
  process.stdout.write(
    `Seeded ${formatCount(result.leads)} leads for ${formatCount(result.contacts)} contacts: ` +
      `${formatCount(result.events)} events and deliveries, ${formatCount(result.activities)} activities, ` +
      `${result.offers} offers, ${result.users} team members (${databaseProvider()}).\n` +
      `Elapsed ${seconds.toFixed(1)} s, ${formatCount(result.leads / Math.max(seconds, 0.001))} leads/s.\n`,
  );
  return 0;
}

main()
  .then(async (code) => {
    await disconnectDb();
    process.exitCode = code;
  })
  .catch(async (error: unknown) => {
    process.stderr.write(`\nseed failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    await disconnectDb().catch(() => undefined);
    process.exitCode = 1;
  });
