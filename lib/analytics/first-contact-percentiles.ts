import { databaseProvider, db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client.ts";
import type { AnalyticsFilters } from "./analytics-query-schema";
import { leadSetWhere, type LeadSetContext } from "./lead-set-sql";
import { millisBetween } from "./sql-dialect";
import { toCount } from "./to-count";

/**
 * Median and 90th percentile of the time from a lead's arrival to its first contact, over the
 * contacted leads. Nearest-rank percentiles: the p-th percentile of n sorted times is the one at
 * rank ceil(p × n), a time some lead really waited (no interpolation), the same on both databases
 * though each computes it its fastest way.
 */
export interface FirstContactTimes {
  /** The owner id (null: unassigned), or "all". */
  group: string | null;
  contacted: number;
  medianMs: number;
  p90Ms: number;
}

export type PercentileGroup = "all" | "owner";

const GROUPS: Record<PercentileGroup, Prisma.Sql> = {
  all: Prisma.sql`'all'`,
  owner: Prisma.sql`"ownerId"`,
};

// SQLite: rank the times with window functions and keep ranks ceil(n / 2) and ceil(9n / 10), in
// integer arithmetic.
function rankedPercentiles(group: Prisma.Sql, where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH "timed" AS (
      SELECT ${group} AS "grp", ${millisBetween(`"firstReceivedAt"`, `"firstContactAt"`)} AS "ms"
      FROM "Lead"
      ${where}
    ), "ranked" AS (
      SELECT "grp", "ms",
        ROW_NUMBER() OVER (PARTITION BY "grp" ORDER BY "ms") AS "rank",
        COUNT(*) OVER (PARTITION BY "grp") AS "n"
      FROM "timed"
    )
    SELECT "grp", "n",
      MAX(CASE WHEN "rank" = ("n" + 1) / 2 THEN "ms" END) AS "median",
      MAX(CASE WHEN "rank" = (9 * "n" + 9) / 10 THEN "ms" END) AS "p90"
    FROM "ranked"
    WHERE "rank" = ("n" + 1) / 2 OR "rank" = (9 * "n" + 9) / 10
    GROUP BY "grp", "n"`;
}

// PostgreSQL: percentile_disc is the same nearest rank (the first time whose position reaches
// p × n) and twice as fast as ranking with window functions at a million leads.
function orderedSetPercentiles(group: Prisma.Sql, by: PercentileGroup, where: Prisma.Sql): Prisma.Sql {
  const ms = millisBetween(`"firstReceivedAt"`, `"firstContactAt"`);
  return Prisma.sql`
    SELECT ${group} AS "grp", COUNT(*) AS "n",
      percentile_disc(0.5) WITHIN GROUP (ORDER BY ${ms}) AS "median",
      percentile_disc(0.9) WITHIN GROUP (ORDER BY ${ms}) AS "p90"
    FROM "Lead"
    ${where}
    ${by === "owner" ? Prisma.sql`GROUP BY "ownerId"` : Prisma.empty}
    HAVING COUNT(*) > 0`;
}

export async function firstContactPercentiles(
  filters: AnalyticsFilters,
  context: LeadSetContext,
  by: PercentileGroup,
): Promise<FirstContactTimes[]> {
  const where = leadSetWhere(filters, context, Prisma.sql`"firstContactAt" IS NOT NULL`);
  const rows = await db.$queryRaw<Record<string, unknown>[]>(
    databaseProvider() === "postgresql" ? orderedSetPercentiles(GROUPS[by], by, where) : rankedPercentiles(GROUPS[by], where),
  );
  return rows.map((row) => ({
    group: (row.grp as string | null) ?? null,
    contacted: toCount(row.n),
    medianMs: toCount(row.median),
    p90Ms: toCount(row.p90),
  }));
}
