import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client.ts";
import { csvLine } from "@/lib/export/csv";
import type { LeadQuery } from "./lead-query-schema";
import { leadQueryOrderBy, leadQueryWhere, leadsAfter, type LeadQueryContext } from "./lead-query-where";
import { leadRowSelect, type LeadRow } from "./list-leads";

const HEADER = [
  "Lead id", "First received (UTC)", "Contact", "Email", "Company", "Job title", "Country", "Offer", "Offer id",
  "Source", "Action", "Stage", "Status", "Owner", "Test lead", "Do not contact", "Follow-up due (UTC)",
  "First contact (UTC)", "Contact attempts", "Next touch due (UTC)",
];

const iso = (date: Date | null) => date?.toISOString() ?? "";

export const EXPORT_BATCH_SIZE = 1000;

type ExportRow = LeadRow & { stageRank: number; statusRank: number };

/**
 * The leads of a query as CSV lines, read in batches in the query's own order, each starting right
 * after the last row of the one before, so an export of any size holds one batch in memory and the
 * first bytes leave at once.
 */
export async function* exportLeadsCsv(query: LeadQuery, context: LeadQueryContext, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<string> {
  yield csvLine(HEADER);
  const where = leadQueryWhere(query, context);
  const orderBy = leadQueryOrderBy(query);
  // The sort's own columns travel with each row, so the next batch can start right after the last.
  const select = { ...leadRowSelect, stageRank: true, statusRank: true };
  let last: ExportRow | null = null;
  let offset = 0;
  for (;;) {
    // Sorts the range cannot express (owner name, columns that can be empty) page by offset, which
    // is exact because id breaks every tie; Prisma's cursor drops rows whose owner is empty.
    const after: Prisma.LeadWhereInput | null = last ? leadsAfter(query, last) : null;
    const batch: ExportRow[] = await db.lead.findMany({
      where: after ? { AND: [where, after] } : where,
      orderBy,
      select,
      take: batchSize,
      ...(last && !after ? { skip: offset } : {}),
    });
    offset += batch.length;
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
    last = batch[batch.length - 1]!;
  }
}
