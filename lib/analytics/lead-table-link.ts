import { leadQueryToSearchParams, type LeadQuery } from "@/lib/leads/lead-query-schema";
import type { AnalyticsFilters } from "./analytics-query-schema";

/**
 * The lead table, filtered to the leads behind one figure: the analytics filters carried over
 * as the table's own filters (test and do-not-contact leads stay hidden, its default), narrowed
 * by what the figure adds (a funnel step, one offer, one owner, overdue only…).
 */
export function leadTableLink(filters: AnalyticsFilters, narrow: Partial<LeadQuery> = {}): string {
  const search = leadQueryToSearchParams({
    offer: filters.offer,
    source: filters.source,
    country: filters.country,
    owner: filters.owner,
    from: filters.from,
    to: filters.to,
    ...narrow,
  }).toString();
  return search ? `/leads?${search}` : "/leads";
}
