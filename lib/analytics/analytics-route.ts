import type { SessionUser } from "@/lib/auth/session-user";
import { apiError } from "@/lib/http/api-error";
import { jsonNoStore, withUser } from "@/lib/http/with-user";
import { resolveAnalyticsFilters } from "./analytics-period";
import { parseAnalyticsQuery, type AnalyticsFilters, type AnalyticsQuery } from "./analytics-query-schema";

export interface AnalyticsRequest {
  query: AnalyticsQuery;
  /** The filters as counted: the period already turned into received dates. */
  filters: AnalyticsFilters;
  user: SessionUser;
  now: Date;
}

/**
 * A GET /api/analytics/* route: the page's filters read from the URL by the same schema, a 400
 * naming the parameter when one is wrong, and the figures with the filters they were counted for.
 */
export function analyticsRoute(report: (request: AnalyticsRequest) => Promise<object>) {
  return withUser(async (request, { user }) => {
    const parsed = parseAnalyticsQuery(new URL(request.url).searchParams);
    if (!parsed.ok) return apiError(400, parsed.field, parsed.message);
    const now = new Date();
    const filters = resolveAnalyticsFilters(parsed.query, now);
    const figures = await report({ query: parsed.query, filters, user, now });
    return jsonNoStore({ filters, generatedAt: now.toISOString(), ...figures });
  });
}
