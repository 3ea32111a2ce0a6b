import { NewestLeadsTable } from "@/components/leads/newest-leads-table";
import { PageHeader } from "@/components/ui/page-header";
import { StatePanel } from "@/components/ui/state-panel";
import { dueSoonThresholdMs } from "@/lib/follow-up/follow-up-state";
import { listNewestLeads } from "@/lib/leads/list-newest-leads";

export const metadata = { title: "Leads" };
export const dynamic = "force-dynamic";

export default async function LeadsPage() {
  const { rows, total } = await listNewestLeads(50);
  const serverNow = Date.now();
  return (
    <div className="space-y-4">
      <PageHeader
        title="Leads"
        description={
          total > 0
            ? `${total.toLocaleString("en-US")} leads from the marketplace, newest first. Follow up within 24 hours of arrival.`
            : "Leads from Azure Marketplace, AppSource and the Azure portal arrive here."
        }
      />
      {rows.length === 0 ? (
        <StatePanel title="No leads yet">
          Paste this app&apos;s <code className="font-mono">/api/leads?key=…</code> URL into Partner Center as your
          HTTPS endpoint, then press Validate: the test lead appears here.
        </StatePanel>
      ) : (
        <NewestLeadsTable rows={rows} serverNow={serverNow} dueSoonMs={dueSoonThresholdMs()} />
      )}
    </div>
  );
}
