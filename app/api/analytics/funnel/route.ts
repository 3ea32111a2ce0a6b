import { analyticsRoute } from "@/lib/analytics/analytics-route";
import { getOfferFunnel } from "@/lib/analytics/get-offer-funnel";

export const dynamic = "force-dynamic";

/** GET /api/analytics/funnel?<analytics filters>: leads reaching each funnel step, in total and per offer. */
export const GET = analyticsRoute(({ filters, user }) => getOfferFunnel(filters, { userId: user.id }));
