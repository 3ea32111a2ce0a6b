import { databaseProvider } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client.ts";

/**
 * The few expressions SQLite and PostgreSQL spell differently. SQLite keeps DateTime columns as
 * ISO-8601 text in UTC ("2026-06-15T12:00:00.000+00:00"), which its date functions read;
 * PostgreSQL keeps timestamp(3) values in UTC. Both answer days and Monday weeks as "YYYY-MM-DD".
 */

type Column = `"${string}"`;

const col = (name: Column) => Prisma.raw(name);

/**
 * A time bucket: what to GROUP BY, and how to name it in the SELECT. PostgreSQL groups on the
 * truncated timestamp and formats once per group, which halves the time of formatting every row.
 */
export interface Bucket {
  group: Prisma.Sql;
  label: Prisma.Sql;
}

function truncated(unit: "day" | "week", column: Column): Bucket {
  const group = Prisma.sql`date_trunc(${Prisma.raw(`'${unit}'`)}, ${col(column)})`;
  return { group, label: Prisma.sql`to_char(${group}, 'YYYY-MM-DD')` };
}

/** The UTC day of a timestamp column. */
export function dayOf(column: Column): Bucket {
  if (databaseProvider() === "postgresql") return truncated("day", column);
  const day = Prisma.sql`date(${col(column)})`;
  return { group: day, label: day };
}

/** The Monday (UTC) of the ISO week of a timestamp column. */
export function weekOf(column: Column): Bucket {
  if (databaseProvider() === "postgresql") return truncated("week", column);
  // Back six days, then forward to the next Monday: the Monday on or before the day.
  const monday = Prisma.sql`date(${col(column)}, '-6 days', 'weekday 1')`;
  return { group: monday, label: monday };
}

/** Whole milliseconds from one timestamp column to a later one. */
export function millisBetween(earlier: Column, later: Column): Prisma.Sql {
  return databaseProvider() === "postgresql"
    ? Prisma.sql`CAST(ROUND(EXTRACT(EPOCH FROM (${col(later)} - ${col(earlier)})) * 1000) AS BIGINT)`
    : Prisma.sql`CAST(ROUND((julianday(${col(later)}) - julianday(${col(earlier)})) * 86400000) AS INTEGER)`;
}
