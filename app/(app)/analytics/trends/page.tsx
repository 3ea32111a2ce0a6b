import { AnalyticsFrame, AnalyticsQueryError, NoMatchingLeads } from "@/components/analytics/analytics-frame";
import { TrendsFigures } from "@/components/analytics/trends-figures";
import { getLeadTrends } from "@/lib/analytics/get-lead-trends";
import { loadAnalyticsPage, type SearchParams } from "../read-page-query";

export const metadata = { title: "Trends · Analytics" };
export const dynamic = "force-dynamic";

export default async function TrendsPage({ searchParams }: { searchParams: SearchParams }) {
  const page = await loadAnalyticsPage(searchParams, ({ counted, query, user }) => getLeadTrends(counted, query.interval, { userId: user.id }));
  if (!page.ok) return <AnalyticsQueryError tab="/analytics/trends" message={page.message} />;
  return (
    <AnalyticsFrame
      tab="/analytics/trends"
      description="How many new leads arrive, from which marketplace source and action, and which offers win."
      page={page}
      showInterval
    >
      {page.report.offers.length === 0 ? <NoMatchingLeads tab="/analytics/trends" /> : <TrendsFigures report={page.report} />}
    </AnalyticsFrame>
  );
}
