import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client.ts";
import type { AnalyticsFilters } from "./analytics-query-schema";
import { filterConditions, whereAll, type LeadSetContext } from "./lead-set-sql";
import { toCount } from "./to-count";

/**
 * The leads the filters match but no chart counts: marketplace test leads, and do-not-contact
 * leads that are not tests (a test lead is counted once, as a test).
 */
export interface ExcludedLeads {
  test: number;
  doNotContact: number;
}

// Spelled as two disjoint index prefixes so SQLite reads the few excluded leads from the
// (isTest, doNotContact, firstReceivedAt) index rather than scanning every lead in the range.
const EXCLUDED = Prisma.sql`("isTest" = true OR ("isTest" = false AND "doNotContact" = true))`;

export async function countExcludedLeads(filters: AnalyticsFilters, context: LeadSetContext): Promise<ExcludedLeads> {
  const [row] = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT
      SUM(CASE WHEN "isTest" = true THEN 1 ELSE 0 END) AS "test",
      SUM(CASE WHEN "isTest" = false AND "doNotContact" = true THEN 1 ELSE 0 END) AS "doNotContact"
    FROM "Lead"
    ${whereAll([EXCLUDED, ...filterConditions(filters, context)])}`);
  return { test: toCount(row?.test), doNotContact: toCount(row?.doNotContact) };
}
