import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client.ts";
import type { AnalyticsFilters, Interval } from "./analytics-query-schema";
import { leadSetWhere, type LeadSetContext } from "./lead-set-sql";
import { dayOf, weekOf } from "./sql-dialect";
import { toCount } from "./to-count";

/**
 * New leads per day or week of their first arrival, by the source and action of their latest
 * delivery: the lead table's Source and Action columns, so a bar links to the leads it counts.
 */
export interface LeadsOverTimeRow {
  bucket: string;
  source: string | null;
  action: string | null;
  leads: number;
}

export async function countLeadsOverTime(
  filters: AnalyticsFilters,
  context: LeadSetContext,
  interval: Interval,
): Promise<LeadsOverTimeRow[]> {
  const bucket = interval === "day" ? dayOf(`"firstReceivedAt"`) : weekOf(`"firstReceivedAt"`);
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT ${bucket.label} AS "bucket", "latestSource" AS "source", "latestAction" AS "action", COUNT(*) AS "leads"
    FROM "Lead"
    ${leadSetWhere(filters, context)}
    GROUP BY ${bucket.group}, "latestSource", "latestAction"`);
  return rows.map((row) => ({
    bucket: String(row.bucket),
    source: (row.source as string | null) ?? null,
    action: (row.action as string | null) ?? null,
    leads: toCount(row.leads),
  }));
}
