import { db } from "@/lib/db/client";
import { csvLine } from "@/lib/export/csv";
import type { LeadQuery } from "./lead-query-schema";
import { leadQueryOrderBy, leadQueryWhere, type LeadQueryContext } from "./lead-query-where";
import { leadRowSelect, type LeadRow } from "./list-leads";

const HEADER = [
  "Lead id", "First received (UTC)", "Contact", "Email", "Company", "Job title", "Country", "Offer", "Offer id",
  "Source", "Action", "Stage", "Status", "Owner", "Test lead", "Do not contact", "Follow-up due (UTC)",
  "First contact (UTC)", "Contact attempts", "Next touch due (UTC)",
];

const iso = (date: Date | null) => date?.toISOString() ?? "";

export const EXPORT_BATCH_SIZE = 1000;

/**
 * The leads of a query as CSV lines, read in batches with a cursor in the query's own order, so an
 * export of any size holds one batch in memory and the first bytes leave at once.
 */
export async function* exportLeadsCsv(query: LeadQuery, context: LeadQueryContext, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<string> {
  yield csvLine(HEADER);
  const where = leadQueryWhere(query, context);
  const orderBy = leadQueryOrderBy(query);
  let cursor: string | null = null;
  for (;;) {
    const batch: LeadRow[] = await db.lead.findMany({
      where,
      orderBy,
      select: leadRowSelect,
      take: batchSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (batch.length === 0) return;
    let chunk = "";
    for (const lead of batch) {
      chunk += csvLine([
        lead.id, iso(lead.firstReceivedAt), lead.contactName, lead.email, lead.company, lead.title, lead.country,
        lead.offerTitle || lead.offer.title, lead.offer.offerKey, lead.latestSource, lead.latestAction, lead.stage,
        lead.status, lead.owner?.name ?? "", lead.isTest, lead.doNotContact, iso(lead.followUpDueAt),
        iso(lead.firstContactAt), lead.contactAttempts, iso(lead.nextTouchDueAt),
      ]);
    }
    yield chunk;
    if (batch.length < batchSize) return;
    cursor = batch[batch.length - 1]!.id;
  }
}
