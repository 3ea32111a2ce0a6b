import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client.ts";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client.ts";
import { resolveDatabaseTarget, type DatabaseProvider } from "./database-url";

/**
 * Both generated clients come from one authored schema, so they expose the same model API;
 * the SQLite client's type stands for both.
 */
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

interface Connection {
  db: Db;
  provider: DatabaseProvider;
  url: string;
}

const globalStore = globalThis as unknown as { leadCockpitDb?: Connection };

function connect(): Connection {
  const target = resolveDatabaseTarget();
  if (target.provider === "postgresql") {
    const adapter = new PrismaPg({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return { db: new PostgresClient({ adapter }) as unknown as Db, ...target };
  }
  mkdirSync(path.dirname(target.url), { recursive: true });
  // timeout: how long a writer waits for another process's lock before giving up.
  const adapter = new PrismaBetterSqlite3({ url: target.url, timeout: Number(process.env.SQLITE_BUSY_TIMEOUT_MS ?? 10_000) });
  return { db: new SqliteClient({ adapter }), ...target };
}

function connection(): Connection {
  globalStore.leadCockpitDb ??= connect();
  return globalStore.leadCockpitDb;
}

/** The process-wide Prisma client for DATABASE_URL, created on first use. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = connection().db;
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export function databaseProvider(): DatabaseProvider {
  return connection().provider;
}

export async function disconnectDb(): Promise<void> {
  const current = globalStore.leadCockpitDb;
  globalStore.leadCockpitDb = undefined;
  await current?.db.$disconnect();
}
