import Link from "next/link";
import { LeadWorkspace } from "@/components/leads/lead-workspace";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { StatePanel } from "@/components/ui/state-panel";
import { requireUser } from "@/lib/auth/current-user";
import { dueSoonThresholdMs } from "@/lib/follow-up/follow-up-state";
import { canAssignLeads } from "@/lib/leads/lead-permissions";
import { leadFilterOptions } from "@/lib/leads/lead-filter-options";
import { parseLeadQuery } from "@/lib/leads/lead-query-schema";
import { toLeadRowView } from "@/lib/leads/lead-row-view";
import { hasAnyLead, listLeads } from "@/lib/leads/list-leads";
import { listSavedViews } from "@/lib/views/saved-views";

export const metadata = { title: "Leads" };
export const dynamic = "force-dynamic";

export default async function LeadsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const parsed = parseLeadQuery(await searchParams);
  if (!parsed.ok) {
    return (
      <div className="space-y-4">
        <PageHeader title="Leads" />
        <StatePanel tone="error" title="This link has a filter the lead table does not understand" action={<Link className={buttonClasses("primary")} href="/leads">Open the default view</Link>}>
          {parsed.message}
        </StatePanel>
      </div>
    );
  }
  const now = new Date();
  const dueSoonMs = dueSoonThresholdMs();
  const [{ rows, total }, options, views, anyLead] = await Promise.all([
    listLeads(parsed.query, { userId: user.id, now, dueSoonMs }),
    leadFilterOptions(),
    listSavedViews(user.id),
    hasAnyLead(),
  ]);

  return (
    <div className="space-y-4">
      <PageHeader
        title="Leads"
        description={`${total.toLocaleString("en-US")} ${total === 1 ? "lead matches" : "leads match"} this view. Follow up within 24 hours of arrival.`}
      />
      {!anyLead ? (
        <StatePanel title="No leads yet">
          Paste this app&apos;s <code className="font-mono">/api/leads?key=…</code> URL into Partner Center as your HTTPS endpoint, then press
          Validate: the test lead appears here (show test leads to see it).
        </StatePanel>
      ) : (
        <LeadWorkspace
          rows={rows.map(toLeadRowView)}
          total={total}
          query={parsed.query}
          options={options}
          views={views}
          canAssign={canAssignLeads(user)}
          currentUserId={user.id}
          serverNow={now.getTime()}
          dueSoonMs={dueSoonMs}
        />
      )}
    </div>
  );
}
