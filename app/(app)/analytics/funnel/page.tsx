import { AnalyticsFrame, AnalyticsQueryError, NoMatchingLeads } from "@/components/analytics/analytics-frame";
import { excludedNote } from "@/components/analytics/excluded-note";
import { FunnelFigures } from "@/components/analytics/funnel-figures";
import { getOfferFunnel } from "@/lib/analytics/get-offer-funnel";
import { loadAnalyticsPage, type SearchParams } from "../read-page-query";

export const metadata = { title: "Funnel · Analytics" };
export const dynamic = "force-dynamic";

export default async function FunnelPage({ searchParams }: { searchParams: SearchParams }) {
  const page = await loadAnalyticsPage(searchParams, ({ counted, user }) => getOfferFunnel(counted, { userId: user.id }));
  if (!page.ok) return <AnalyticsQueryError tab="/analytics/funnel" message={page.message} />;
  const { report } = page;
  return (
    <AnalyticsFrame
      tab="/analytics/funnel"
      description="Where customers drop out, per marketplace offer: from the marketplace's interest, trial and active to the team's contacted, qualified and won."
      page={page}
    >
      {report.total.steps[0]!.leads === 0 && report.offers.length === 0 ? (
        <NoMatchingLeads tab="/analytics/funnel" excludedNote={excludedNote(report.excluded)} />
      ) : (
        <FunnelFigures report={report} chosenOffers={page.query.offer.length > 0} />
      )}
    </AnalyticsFrame>
  );
}
