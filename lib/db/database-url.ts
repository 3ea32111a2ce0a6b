import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgresql";

export interface DatabaseTarget {
  provider: DatabaseProvider;
  /** postgres: the connection string; sqlite: an absolute file path. */
  url: string;
}

export const DEFAULT_SQLITE_FILE = path.join("data", "leads.db");

/**
 * DATABASE_URL picks the store: unset or `file:` → embedded SQLite, `postgres://` or
 * `postgresql://` → PostgreSQL. Anything else is refused rather than guessed.
 */
export function resolveDatabaseTarget(raw = process.env.DATABASE_URL): DatabaseTarget {
  const value = raw?.trim();
  if (!value) return { provider: "sqlite", url: path.resolve(DEFAULT_SQLITE_FILE) };
  if (/^postgres(ql)?:\/\//i.test(value)) return { provider: "postgresql", url: value };
  if (value.startsWith("file:")) {
    const file = value.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (!file) throw new Error("DATABASE_URL: a file: URL needs a path, e.g. file:./data/leads.db");
    return { provider: "sqlite", url: path.resolve(file) };
  }
  throw new Error(
    "DATABASE_URL: expected file:<path> for SQLite or postgresql://… for PostgreSQL, got " +
      JSON.stringify(value.replace(/\/\/[^@/]*@/, "//…@")),
  );
}
