import { db } from "@/lib/db/client";
import { dayRange, PAGE_SIZE } from "@/lib/paging/search-params";
import { SERVER_KEY, type JournalFilters } from "./journal-filters";

const PREVIEW_CHARS = 160;

function whereOf(filters: JournalFilters) {
  return {
    ...(filters.outcome ? { outcome: filters.outcome } : {}),
    ...(filters.key === SERVER_KEY ? { keySource: "env" } : filters.key ? { ingestKeyId: filters.key } : {}),
    ...(dayRange(filters.from, filters.to) ? { receivedAt: dayRange(filters.from, filters.to) } : {}),
  };
}

/**
 * One page of the delivery journal, newest first. Bodies are cut to a preview in the database
 * listing's memory only; the detail page shows them whole.
 */
export async function listDeliveries(filters: JournalFilters, pageSize = PAGE_SIZE) {
  const where = whereOf(filters);
  const [rows, total] = await Promise.all([
    db.delivery.findMany({
      where,
      select: {
        id: true,
        receivedAt: true,
        keySource: true,
        outcome: true,
        error: true,
        rawBody: true,
        correctedBody: true,
        replayedAt: true,
        leadId: true,
        ingestKey: { select: { label: true } },
      },
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * pageSize,
      take: pageSize,
    }),
    db.delivery.count({ where }),
  ]);
  return {
    total,
    rows: rows.map(({ rawBody, correctedBody, ingestKey, ...row }) => ({
      ...row,
      keyLabel: ingestKey?.label ?? null,
      preview: rawBody.slice(0, PREVIEW_CHARS).replace(/\s+/g, " "),
      bytes: Buffer.byteLength(rawBody, "utf8"),
      corrected: correctedBody !== null,
    })),
  };
}

export type DeliveryListRow = Awaited<ReturnType<typeof listDeliveries>>["rows"][number];

/** Keys to filter by, revoked ones included: their deliveries stay in the journal. */
export function listKeyChoices() {
  return db.ingestKey.findMany({ select: { id: true, label: true, revokedAt: true }, orderBy: { createdAt: "desc" } });
}
