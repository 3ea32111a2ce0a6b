import { requireUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { resolveAnalyticsFilters } from "@/lib/analytics/analytics-period";
import { parseAnalyticsQuery, type AnalyticsFilters, type AnalyticsQuery } from "@/lib/analytics/analytics-query-schema";
import { leadFilterOptions, type LeadFilterOptions } from "@/lib/leads/lead-filter-options";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export interface PageQuery {
  user: SessionUser;
  query: AnalyticsQuery;
  /** The filters as counted: the period turned into received dates. */
  counted: AnalyticsFilters;
  now: Date;
}

export type AnalyticsPage<T> = ({ ok: true; report: T; options: LeadFilterOptions } & PageQuery) | { ok: false; message: string };

/** An analytics page's filters from its URL, its figures, and the choices its filter menus offer. */
export async function loadAnalyticsPage<T>(searchParams: SearchParams, report: (page: PageQuery) => Promise<T>): Promise<AnalyticsPage<T>> {
  const user = await requireUser();
  const parsed = parseAnalyticsQuery(await searchParams);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const now = new Date();
  const page = { user, query: parsed.query, counted: resolveAnalyticsFilters(parsed.query, now), now };
  const [figures, options] = await Promise.all([report(page), leadFilterOptions()]);
  return { ok: true, ...page, report: figures, options };
}
