import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { StatePanel } from "@/components/ui/state-panel";
import { analyticsQueryToSearchParams, type AnalyticsFilters as CountedFilters, type AnalyticsQuery } from "@/lib/analytics/analytics-query-schema";
import type { LeadFilterOptions } from "@/lib/leads/lead-filter-options";
import { AnalyticsFilters } from "./analytics-filters";
import { AnalyticsNavigation, PendingFigures } from "./analytics-navigation";
import { AnalyticsTabs, type AnalyticsTab } from "./analytics-tabs";

const TITLE = "Analytics";

/** Header, tabs and filters around one analytics page's figures. */
export function AnalyticsFrame({
  tab,
  description,
  page,
  showInterval,
  children,
}: {
  tab: AnalyticsTab;
  description: string;
  page: { query: AnalyticsQuery; counted: CountedFilters; options: LeadFilterOptions };
  showInterval?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className="space-y-4">
      <PageHeader title={TITLE} description={description} />
      <AnalyticsTabs active={tab} search={analyticsQueryToSearchParams(page.query).toString()} />
      <AnalyticsNavigation query={page.query}>
        <AnalyticsFilters query={page.query} counted={page.counted} options={page.options} showInterval={showInterval} />
        <PendingFigures>{children}</PendingFigures>
      </AnalyticsNavigation>
    </div>
  );
}

/** A link with a filter the analytics pages do not understand: say which, and offer the default view. */
export function AnalyticsQueryError({ tab, message }: { tab: AnalyticsTab; message: string }) {
  return (
    <div className="space-y-4">
      <PageHeader title={TITLE} />
      <StatePanel tone="error" title="This link has a filter the analytics do not understand" action={<Link className={buttonClasses("primary")} href={tab}>Open the default view</Link>}>
        {message}
      </StatePanel>
    </div>
  );
}

/** Nothing matched: the figures would all be zero, so say so once, with a way out. */
export function NoMatchingLeads({ tab, excludedNote }: { tab: AnalyticsTab; excludedNote?: string }) {
  return (
    <StatePanel title="No leads match these filters" action={<Link className={buttonClasses("secondary")} href={tab}>Clear filters</Link>}>
      Try a longer period or fewer filters.{excludedNote ? ` ${excludedNote}` : ""}
    </StatePanel>
  );
}
