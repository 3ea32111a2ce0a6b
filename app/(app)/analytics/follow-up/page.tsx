import { AnalyticsFrame, AnalyticsQueryError, NoMatchingLeads } from "@/components/analytics/analytics-frame";
import { FollowUpFigures } from "@/components/analytics/follow-up-figures";
import { getFollowUpCompliance } from "@/lib/analytics/get-follow-up-compliance";
import { loadAnalyticsPage, type SearchParams } from "../read-page-query";

export const metadata = { title: "Follow-up · Analytics" };
export const dynamic = "force-dynamic";

export default async function FollowUpPage({ searchParams }: { searchParams: SearchParams }) {
  const page = await loadAnalyticsPage(searchParams, ({ counted, user, now }) => getFollowUpCompliance(counted, { userId: user.id, now }));
  if (!page.ok) return <AnalyticsQueryError tab="/analytics/follow-up" message={page.message} />;
  const { met, missed, overdue, waiting } = page.report.overall;
  return (
    <AnalyticsFrame
      tab="/analytics/follow-up"
      description="Whether the team honours Microsoft's 24-hour rule, week by week and rep by rep, and how long leads are nurtured before they close. Test and do-not-contact leads are never on the clock."
      page={page}
    >
      {met + missed + overdue + waiting === 0 ? <NoMatchingLeads tab="/analytics/follow-up" /> : <FollowUpFigures report={page.report} />}
    </AnalyticsFrame>
  );
}
