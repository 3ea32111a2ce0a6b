import { z } from "zod";
import { leadQuerySchema, parseSearchParams, type QueryResult, type SearchParamsLike } from "@/lib/leads/lead-query-schema";

/**
 * The analytics filters, as they live in the URL. The pages and GET /api/analytics/* read them
 * through this one schema. Each filter is the lead table's own field schema and is read from the
 * URL the lead table's way, so a filter means the same leads here and in the table a chart links to.
 */

export const INTERVALS = ["day", "week"] as const;
export type Interval = (typeof INTERVALS)[number];

/** Received-date ranges relative to today (UTC); an explicit from / to replaces them. */
export const PERIODS = ["30d", "90d", "365d", "all"] as const;
export type Period = (typeof PERIODS)[number];
export const PERIOD_LABELS: Record<Period, string> = {
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  "365d": "Last 12 months",
  all: "All time",
};

const lead = leadQuerySchema.shape;

export const analyticsQuerySchema = z
  .object({
    offer: lead.offer,
    source: lead.source,
    country: lead.country,
    // User ids, "me" or "unassigned", as in the lead table.
    owner: lead.owner,
    // Whole UTC days on the lead's first arrival. Without them, the period counts back from today:
    // the last 90 days unless asked otherwise, so a million-lead history is not scanned by default.
    from: lead.from,
    to: lead.to,
    period: z.enum(PERIODS, { error: `expected one of ${PERIODS.join(", ")}` }).default("90d"),
    // How trends are bucketed: by UTC day, or by ISO week (Monday to Sunday, UTC).
    interval: z.enum(INTERVALS, { error: "expected day or week" }).default("week"),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ["to"],
    message: "must be on or after from",
  });

export type AnalyticsQuery = z.output<typeof analyticsQuerySchema>;
/** The filters that choose leads, with the period turned into dates (see analytics-period.ts). */
export type AnalyticsFilters = Pick<AnalyticsQuery, "offer" | "source" | "country" | "owner" | "from" | "to">;

export type AnalyticsQueryResult = QueryResult<AnalyticsQuery>;

export function parseAnalyticsQuery(input: SearchParamsLike): AnalyticsQueryResult {
  return parseSearchParams(analyticsQuerySchema, input);
}

export const DEFAULT_ANALYTICS_QUERY: AnalyticsQuery = analyticsQuerySchema.parse({});

/** The URL form of the filters, defaults left out, so tabs and bookmarks keep the same view. */
export function analyticsQueryToSearchParams(query: Partial<AnalyticsQuery>): URLSearchParams {
  const full = { ...DEFAULT_ANALYTICS_QUERY, ...query };
  const params = new URLSearchParams();
  for (const key of ["offer", "source", "country", "owner"] as const) for (const value of full[key]) params.append(key, value);
  if (full.from) params.set("from", full.from);
  if (full.to) params.set("to", full.to);
  if (!full.from && !full.to && full.period !== DEFAULT_ANALYTICS_QUERY.period) params.set("period", full.period);
  if (full.interval !== DEFAULT_ANALYTICS_QUERY.interval) params.set("interval", full.interval);
  return params;
}

export function hasFilters(query: AnalyticsQuery): boolean {
  return Boolean(query.offer.length || query.source.length || query.country.length || query.owner.length || query.from || query.to || query.period !== DEFAULT_ANALYTICS_QUERY.period);
}
