import { Prisma } from "@/lib/generated/sqlite/client.ts";
import type { AnalyticsFilters } from "./analytics-query-schema";

/**
 * The leads a chart counts, as SQL for the grouped queries Prisma cannot express. Each condition
 * is the one lib/leads/lead-query-where.ts applies for the same lead table filter (test and
 * do-not-contact leads hidden, owner "me" and "unassigned", whole UTC days on firstReceivedAt),
 * so a chart's link to the lead table lists exactly the leads it counted; the analytics
 * integration tests hold the two to that.
 */

const DAY_MS = 86_400_000;

export interface LeadSetContext {
  /** Who "me" is in the owner filter. */
  userId: string;
}

function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** Every filter but test and do-not-contact visibility. */
export function filterConditions(filters: AnalyticsFilters, context: LeadSetContext): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.offer.length) conditions.push(Prisma.sql`"offerId" IN (${Prisma.join(filters.offer)})`);
  if (filters.source.length) conditions.push(Prisma.sql`"latestSource" IN (${Prisma.join(filters.source)})`);
  if (filters.country.length) conditions.push(Prisma.sql`"country" IN (${Prisma.join(filters.country)})`);
  if (filters.owner.length) {
    const owners = filters.owner.map((o) => (o === "me" ? context.userId : o)).filter((o) => o !== "unassigned");
    const either: Prisma.Sql[] = [];
    if (owners.length) either.push(Prisma.sql`"ownerId" IN (${Prisma.join(owners)})`);
    if (filters.owner.includes("unassigned")) either.push(Prisma.sql`"ownerId" IS NULL`);
    conditions.push(Prisma.sql`(${Prisma.join(either, " OR ")})`);
  }
  if (filters.from) conditions.push(Prisma.sql`"firstReceivedAt" >= ${startOfDay(filters.from)}`);
  if (filters.to) conditions.push(Prisma.sql`"firstReceivedAt" < ${new Date(startOfDay(filters.to).getTime() + DAY_MS)}`);
  return conditions;
}

/** Marketplace test leads and do-not-contact leads are in no chart. */
export const COUNTED_LEAD = Prisma.sql`"isTest" = false AND "doNotContact" = false`;

export function whereAll(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/** WHERE for the counted leads matching the filters, plus any conditions of the figure itself. */
export function leadSetWhere(filters: AnalyticsFilters, context: LeadSetContext, ...extra: Prisma.Sql[]): Prisma.Sql {
  return whereAll([COUNTED_LEAD, ...filterConditions(filters, context), ...extra]);
}
