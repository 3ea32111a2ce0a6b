import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client.ts";
import type { AnalyticsFilters } from "./analytics-query-schema";
import { leadSetWhere, type LeadSetContext } from "./lead-set-sql";
import { toCount } from "./to-count";

export const CLOSED_OUTCOMES = ["won", "lost"] as const;
export type ClosedOutcome = (typeof CLOSED_OUTCOMES)[number];

/** How many closed leads (won or lost) had each number of contact attempts. */
export interface NurtureDepthRow {
  status: ClosedOutcome;
  attempts: number;
  leads: number;
}

export async function countNurtureDepth(filters: AnalyticsFilters, context: LeadSetContext): Promise<NurtureDepthRow[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT "status", "contactAttempts" AS "attempts", COUNT(*) AS "leads"
    FROM "Lead"
    ${leadSetWhere(filters, context, Prisma.sql`"status" IN (${Prisma.join([...CLOSED_OUTCOMES])})`)}
    GROUP BY "status", "contactAttempts"
    ORDER BY "status", "contactAttempts"`);
  return rows.map((row) => ({
    status: row.status as ClosedOutcome,
    attempts: toCount(row.attempts),
    leads: toCount(row.leads),
  }));
}
