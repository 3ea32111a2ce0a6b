import type { AnalyticsFilters, Interval } from "./analytics-query-schema";
import { countLeadsByOffer } from "./count-leads-by-offer";
import { countLeadsOverTime, type LeadsOverTimeRow } from "./count-leads-over-time";
import type { LeadSetContext } from "./lead-set-sql";
import { leadTableLink } from "./lead-table-link";
import { offerNames, type NamedOffer } from "./offer-names";
import { ratio } from "./ratio";
import { bucketEnd, bucketsBetween } from "./time-buckets";

/** One line of a trend chart: a source or an action ("" when the delivery named none). */
export interface TrendSeries {
  key: string;
  label: string;
  total: number;
}

export interface TrendRow {
  /** The day, or the Monday of the week. */
  bucket: string;
  counts: Record<string, number>;
  total: number;
  /** The lead table with this day's or week's leads. */
  leadsUrl: string;
}

export interface TrendTable {
  series: TrendSeries[];
  rows: TrendRow[];
}

export interface OfferComparison extends NamedOffer {
  leads: number;
  won: number;
  lost: number;
  /** won ÷ (won + lost): of the leads closed, the share won. */
  winRate: number | null;
  leadsUrl: string;
}

export interface TrendsReport {
  interval: Interval;
  bySource: TrendTable;
  byAction: TrendTable;
  offers: OfferComparison[];
}

const later = (a: string | undefined, b: string) => (a && a > b ? a : b);
const earlier = (a: string | undefined, b: string) => (a && a < b ? a : b);

function trendTable(rows: LeadsOverTimeRow[], seriesOf: (row: LeadsOverTimeRow) => string | null, buckets: string[], link: (bucket: string) => string): TrendTable {
  const totals = new Map<string, number>();
  const cells = new Map<string, Record<string, number>>(buckets.map((bucket) => [bucket, {}]));
  for (const row of rows) {
    const key = seriesOf(row) ?? "";
    totals.set(key, (totals.get(key) ?? 0) + row.leads);
    const counts = cells.get(row.bucket)!;
    counts[key] = (counts[key] ?? 0) + row.leads;
  }
  const series = [...totals]
    .map(([key, total]) => ({ key, label: key || "Not given", total }))
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
  return {
    series,
    rows: buckets.map((bucket) => {
      const counts = Object.fromEntries(series.map(({ key }) => [key, cells.get(bucket)?.[key] ?? 0]));
      return { bucket, counts, total: Object.values(counts).reduce((a, b) => a + b, 0), leadsUrl: link(bucket) };
    }),
  };
}

/** New leads over time by source and by action, and offers compared by volume and win rate. */
export async function getLeadTrends(filters: AnalyticsFilters, interval: Interval, context: LeadSetContext): Promise<TrendsReport> {
  const [overTime, byOffer] = await Promise.all([countLeadsOverTime(filters, context, interval), countLeadsByOffer(filters, context)]);

  const seen = overTime.map((row) => row.bucket).sort();
  // The chosen date range when there is one, so quiet days at its edges show as zeros.
  const buckets = seen.length ? bucketsBetween(filters.from ?? seen[0]!, filters.to ?? seen[seen.length - 1]!, interval) : [];
  // A bucket's link keeps within the chosen range: the first and last weeks may be cut short by it.
  const link = (bucket: string) =>
    leadTableLink(filters, { from: later(filters.from, bucket), to: earlier(filters.to, bucketEnd(bucket, interval)) });

  const named = await offerNames(byOffer.map((row) => row.offerId));
  const offers = byOffer
    .map((row) => ({
      ...named(row.offerId),
      leads: row.leads,
      won: row.won,
      lost: row.lost,
      winRate: ratio(row.won, row.won + row.lost),
      leadsUrl: leadTableLink(filters, { offer: [row.offerId] }),
    }))
    .sort((a, b) => b.leads - a.leads || a.title.localeCompare(b.title));

  return {
    interval,
    bySource: trendTable(overTime, (row) => row.source, buckets, link),
    byAction: trendTable(overTime, (row) => row.action, buckets, link),
    offers,
  };
}
