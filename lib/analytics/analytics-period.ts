import type { AnalyticsFilters, AnalyticsQuery, Period } from "./analytics-query-schema";

const DAY_MS = 86_400_000;
const PERIOD_DAYS: Record<Exclude<Period, "all">, number> = { "30d": 30, "90d": 90, "365d": 365 };

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The filters with the period turned into received dates: the last N UTC days up to and including
 * today. Figures and their lead table links then name the same days, whenever the link is opened.
 */
export function resolveAnalyticsFilters(query: AnalyticsQuery, now: Date): AnalyticsFilters {
  const { offer, source, country, owner } = query;
  if (query.from || query.to || query.period === "all") return { offer, source, country, owner, from: query.from, to: query.to };
  const today = utcDay(now.getTime());
  const from = utcDay(now.getTime() - (PERIOD_DAYS[query.period] - 1) * DAY_MS);
  return { offer, source, country, owner, from, to: today };
}
