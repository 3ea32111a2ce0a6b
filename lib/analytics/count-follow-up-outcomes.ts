import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client.ts";
import type { AnalyticsFilters } from "./analytics-query-schema";
import { leadSetWhere, type LeadSetContext } from "./lead-set-sql";
import { weekOf } from "./sql-dialect";
import { toCount } from "./to-count";

/**
 * How each lead on the 24-hour clock stands, counted per arrival week and owner in one pass:
 *   met      first contact within 24 hours
 *   missed   first contact after the deadline
 *   overdue  still not contacted, deadline passed
 *   waiting  still not contacted, deadline ahead (not yet decided either way)
 */
export interface FollowUpOutcomeRow {
  week: string;
  ownerId: string | null;
  met: number;
  missed: number;
  overdue: number;
  waiting: number;
}

export async function countFollowUpOutcomes(filters: AnalyticsFilters, context: LeadSetContext & { now: Date }): Promise<FollowUpOutcomeRow[]> {
  const week = weekOf(`"firstReceivedAt"`);
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT ${week.label} AS "week", "ownerId",
      SUM(CASE WHEN "followUpResult" = 'met' THEN 1 ELSE 0 END) AS "met",
      SUM(CASE WHEN "followUpResult" = 'missed' THEN 1 ELSE 0 END) AS "missed",
      SUM(CASE WHEN "firstContactAt" IS NULL AND "followUpDueAt" < ${context.now} THEN 1 ELSE 0 END) AS "overdue",
      SUM(CASE WHEN "firstContactAt" IS NULL AND "followUpDueAt" >= ${context.now} THEN 1 ELSE 0 END) AS "waiting"
    FROM "Lead"
    ${leadSetWhere(filters, context, Prisma.sql`"followUpDueAt" IS NOT NULL`)}
    GROUP BY ${week.group}, "ownerId"`);
  return rows.map((row) => ({
    week: String(row.week),
    ownerId: (row.ownerId as string | null) ?? null,
    met: toCount(row.met),
    missed: toCount(row.missed),
    overdue: toCount(row.overdue),
    waiting: toCount(row.waiting),
  }));
}
