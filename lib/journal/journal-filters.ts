import { dayParam, firstParam, pageParam, type SearchParams } from "@/lib/paging/search-params";
import { isDeliveryOutcome, type DeliveryOutcome } from "./delivery-outcome";

/** The key filter: a stored key's id, or "server" for LEAD_INGEST_KEY. */
export const SERVER_KEY = "server";

export type JournalFilters = {
  outcome?: DeliveryOutcome;
  key?: string;
  from?: string;
  to?: string;
  page: number;
};

/** The journal's filters and page, read from the URL; values that make no sense are ignored. */
export function journalFilters(params: SearchParams): JournalFilters {
  const outcome = firstParam(params, "outcome");
  const key = firstParam(params, "key");
  return {
    outcome: isDeliveryOutcome(outcome) ? outcome : undefined,
    key: key && key.length <= 64 ? key : undefined,
    from: dayParam(params, "from"),
    to: dayParam(params, "to"),
    page: pageParam(params),
  };
}
