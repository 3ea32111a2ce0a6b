import { analyticsRoute } from "@/lib/analytics/analytics-route";
import { getFollowUpCompliance } from "@/lib/analytics/get-follow-up-compliance";

export const dynamic = "force-dynamic";

/** GET /api/analytics/follow-up?<analytics filters>: the 24-hour rule per week and per rep, contact times, nurture depth. */
export const GET = analyticsRoute(({ filters, user, now }) => getFollowUpCompliance(filters, { userId: user.id, now }));
