import { databaseProvider, db } from "./client";

export interface DatabaseHealth {
  ok: boolean;
  provider: string;
  latencyMs: number;
  pendingMigrations?: number;
  error?: string;
}

/** A round trip to the database, for load balancers and people on call. */
export async function checkDatabase(): Promise<DatabaseHealth> {
  const started = performance.now();
  let provider = "unknown";
  try {
    provider = databaseProvider();
    await db.$queryRawUnsafe("SELECT 1");
    return { ok: true, provider, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return {
      ok: false,
      provider,
      latencyMs: Math.round(performance.now() - started),
      error: error instanceof Error ? error.message.split("\n")[0] : "unreachable",
    };
  }
}
