import type { Prisma } from "@/lib/generated/sqlite/client.ts";
import type { FollowUpState } from "@/lib/follow-up/follow-up-state";
import { stageRank, type FunnelStage } from "./funnel-stage";
import { reachedStepWhere } from "./funnel-steps";
import type { LeadColumn, LeadQuery } from "./lead-query-schema";

export interface LeadQueryContext {
  userId: string;
  now: Date;
  dueSoonMs: number;
}

function followUpCondition(state: FollowUpState, { now, dueSoonMs }: LeadQueryContext): Prisma.LeadWhereInput {
  const soon = new Date(now.getTime() + dueSoonMs);
  switch (state) {
    case "none":
      return { followUpDueAt: null };
    case "met":
      return { followUpResult: "met" };
    case "missed":
      return { followUpResult: "missed" };
    case "overdue":
      return { firstContactAt: null, followUpDueAt: { lt: now } };
    case "due-soon":
      return { firstContactAt: null, followUpDueAt: { gte: now, lte: soon } };
    case "pending":
      return { firstContactAt: null, followUpDueAt: { gt: soon } };
  }
}

function visibility(field: "isTest" | "doNotContact", mode: LeadQuery["test"]): Prisma.LeadWhereInput {
  if (mode === "show") return {};
  return { [field]: mode === "only" };
}

/** The database filter for a lead query: every filter runs in the database, never in the browser. */
export function leadQueryWhere(query: LeadQuery, context: LeadQueryContext): Prisma.LeadWhereInput {
  const and: Prisma.LeadWhereInput[] = [visibility("isTest", query.test), visibility("doNotContact", query.dnc)];
  const q = query.q.toLowerCase();
  if (q) and.push({ searchText: { contains: q } });
  if (query.offer.length) and.push({ offerId: { in: query.offer } });
  if (query.source.length) and.push({ latestSource: { in: query.source } });
  if (query.action.length) and.push({ latestAction: { in: query.action } });
  if (query.stage.length) {
    and.push({ stageRank: { in: query.stage.map((s) => (s === "none" ? 0 : stageRank(s as FunnelStage))) } });
  }
  // By name, not rank: the narrow analytics index holds status, so counting a view stays off the rows.
  if (query.status.length) and.push({ status: { in: query.status } });
  if (query.owner.length) {
    const owners = query.owner.map((o) => (o === "me" ? context.userId : o)).filter((o) => o !== "unassigned");
    const either: Prisma.LeadWhereInput[] = [];
    if (owners.length) either.push({ ownerId: { in: owners } });
    if (query.owner.includes("unassigned")) either.push({ ownerId: null });
    and.push({ OR: either });
  }
  if (query.followUp.length) and.push({ OR: query.followUp.map((state) => followUpCondition(state, context)) });
  if (query.country.length) and.push({ country: { in: query.country } });
  if (query.reached) and.push(reachedStepWhere(query.reached));
  if (query.from) and.push({ firstReceivedAt: { gte: new Date(`${query.from}T00:00:00.000Z`) } });
  if (query.to) and.push({ firstReceivedAt: { lt: new Date(Date.parse(`${query.to}T00:00:00.000Z`) + 86_400_000) } });
  return { AND: and };
}

const SORT_FIELDS: Record<Exclude<LeadColumn, "owner">, keyof Prisma.LeadOrderByWithRelationInput> = {
  contact: "contactName",
  company: "company",
  title: "title",
  country: "country",
  offer: "offerTitle",
  source: "latestSource",
  action: "latestAction",
  stage: "stageRank",
  status: "statusRank",
  received: "firstReceivedAt",
  followUp: "followUpDueAt",
  attempts: "contactAttempts",
  nextTouch: "nextTouchDueAt",
};

// Empty values sort last on both databases. Follow-up due is left out on purpose: it is empty only
// for test and do-not-contact leads, which the table hides by default, and an explicit NULLS LAST
// would keep SQLite from reading its index in order.
const NULLABLE = new Set<LeadColumn>(["source", "action", "nextTouch"]);

/** Sort by the chosen column, then by id so pages never overlap or skip rows. */
export function leadQueryOrderBy(query: LeadQuery): Prisma.LeadOrderByWithRelationInput[] {
  const dir = query.dir;
  const primary: Prisma.LeadOrderByWithRelationInput =
    query.sort === "owner"
      ? { owner: { name: dir } }
      : NULLABLE.has(query.sort)
        ? { [SORT_FIELDS[query.sort]]: { sort: dir, nulls: "last" } }
        : { [SORT_FIELDS[query.sort]]: dir };
  return [primary, { id: dir }];
}

/**
 * The condition for "rows after this one" in the query's order, for reading a large view batch by
 * batch. It starts with a plain range on the sort column, which the database seeks in its index;
 * Prisma's own cursor compares through subqueries that SQLite cannot seek, rescanning every batch.
 * Null for sorts that need the cursor (by owner name, or by a column that can be empty).
 */
export function leadsAfter(query: LeadQuery, last: { id: string }): Prisma.LeadWhereInput | null {
  if (query.sort === "owner" || NULLABLE.has(query.sort)) return null;
  const field = SORT_FIELDS[query.sort];
  const value = (last as Record<string, unknown>)[field];
  if (value === null || value === undefined) return null;
  const descending = query.dir === "desc";
  return {
    AND: [
      { [field]: descending ? { lte: value } : { gte: value } },
      { NOT: { [field]: value, id: descending ? { gte: last.id } : { lte: last.id } } },
    ],
  };
}
