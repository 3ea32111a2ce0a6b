import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client.ts";
import { FUNNEL_STEPS, type FunnelStep } from "@/lib/leads/funnel-steps";
import type { AnalyticsFilters } from "./analytics-query-schema";
import { leadSetWhere, type LeadSetContext } from "./lead-set-sql";
import { REACHED_STEP_SQL } from "./reached-step-sql";
import { toCount } from "./to-count";

/** Per offer: its leads, how many reached each funnel step, and how many were lost. */
export type OfferCounts = { offerId: string; leads: number; lost: number } & Record<FunnelStep, number>;

export async function countLeadsByOffer(filters: AnalyticsFilters, context: LeadSetContext): Promise<OfferCounts[]> {
  const steps = FUNNEL_STEPS.map(
    (step) => Prisma.sql`SUM(CASE WHEN ${REACHED_STEP_SQL[step]} THEN 1 ELSE 0 END) AS ${Prisma.raw(`"${step}"`)}`,
  );
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT "offerId", COUNT(*) AS "leads", ${Prisma.join(steps)},
      SUM(CASE WHEN "status" = 'lost' THEN 1 ELSE 0 END) AS "lost"
    FROM "Lead"
    ${leadSetWhere(filters, context)}
    GROUP BY "offerId"`);
  return rows.map((row) => ({
    offerId: String(row.offerId),
    leads: toCount(row.leads),
    lost: toCount(row.lost),
    ...(Object.fromEntries(FUNNEL_STEPS.map((step) => [step, toCount(row[step])])) as Record<FunnelStep, number>),
  }));
}
