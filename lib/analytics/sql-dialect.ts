import { databaseProvider } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client.ts";

/**
 * The few expressions SQLite and PostgreSQL spell differently. SQLite keeps DateTime columns as
 * ISO-8601 text in UTC ("2026-06-15T12:00:00.000+00:00"), which its date functions read;
 * PostgreSQL keeps timestamp(3) values in UTC. Both answer days and Monday weeks as "YYYY-MM-DD".
 */

type Column = `"${string}"`;

const col = (name: Column) => Prisma.raw(name);

/** The UTC day of a timestamp column, as "YYYY-MM-DD". */
export function dayOf(column: Column): Prisma.Sql {
  return databaseProvider() === "postgresql"
    ? Prisma.sql`to_char(${col(column)}, 'YYYY-MM-DD')`
    : Prisma.sql`date(${col(column)})`;
}

/** The Monday (UTC) of the ISO week of a timestamp column, as "YYYY-MM-DD". */
export function weekOf(column: Column): Prisma.Sql {
  return databaseProvider() === "postgresql"
    ? Prisma.sql`to_char(date_trunc('week', ${col(column)}), 'YYYY-MM-DD')`
    : // Back six days, then forward to the next Monday: the Monday on or before the day.
      Prisma.sql`date(${col(column)}, '-6 days', 'weekday 1')`;
}

/** Whole milliseconds from one timestamp column to a later one. */
export function millisBetween(earlier: Column, later: Column): Prisma.Sql {
  return databaseProvider() === "postgresql"
    ? Prisma.sql`CAST(ROUND(EXTRACT(EPOCH FROM (${col(later)} - ${col(earlier)})) * 1000) AS BIGINT)`
    : Prisma.sql`CAST(ROUND((julianday(${col(later)}) - julianday(${col(earlier)})) * 86400000) AS INTEGER)`;
}
