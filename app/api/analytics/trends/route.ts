import { analyticsRoute } from "@/lib/analytics/analytics-route";
import { getLeadTrends } from "@/lib/analytics/get-lead-trends";

export const dynamic = "force-dynamic";

/** GET /api/analytics/trends?<analytics filters>&interval=day|week: new leads over time by source and action, offers compared. */
export const GET = analyticsRoute(({ filters, query, user }) => getLeadTrends(filters, query.interval, { userId: user.id }));
