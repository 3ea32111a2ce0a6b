import { db } from "@/lib/db/client";
import type { LeadQuery } from "./lead-query-schema";
import { leadQueryOrderBy, leadQueryWhere, type LeadQueryContext } from "./lead-query-where";

export const leadRowSelect = {
  id: true,
  contactName: true,
  email: true,
  company: true,
  title: true,
  country: true,
  offerTitle: true,
  latestSource: true,
  latestAction: true,
  stage: true,
  status: true,
  isTest: true,
  doNotContact: true,
  firstReceivedAt: true,
  lastReceivedAt: true,
  followUpDueAt: true,
  firstContactAt: true,
  contactAttempts: true,
  nextTouchDueAt: true,
  offer: { select: { id: true, offerKey: true, title: true } },
  owner: { select: { id: true, name: true } },
} as const;

/** One page of the lead table, filtered, sorted and counted in the database. */
export async function listLeads(query: LeadQuery, context: LeadQueryContext) {
  const where = leadQueryWhere(query, context);
  const [rows, total] = await Promise.all([
    db.lead.findMany({
      where,
      select: leadRowSelect,
      orderBy: leadQueryOrderBy(query),
      skip: (query.page - 1) * query.size,
      take: query.size,
    }),
    db.lead.count({ where }),
  ]);
  return { rows, total };
}

export type LeadRow = Awaited<ReturnType<typeof listLeads>>["rows"][number];

/** Whether any lead at all has arrived, to tell "nothing yet" from "nothing matches". */
export async function hasAnyLead(): Promise<boolean> {
  return (await db.lead.findFirst({ select: { id: true } })) !== null;
}
