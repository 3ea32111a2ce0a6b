import { FollowUpQueue } from "@/components/leads/follow-up-queue";
import { PageHeader } from "@/components/ui/page-header";
import { StatePanel } from "@/components/ui/state-panel";
import { requireUser } from "@/lib/auth/current-user";
import { dueSoonThresholdMs } from "@/lib/follow-up/follow-up-state";
import { listFollowUpQueue } from "@/lib/follow-up/list-follow-up-queue";
import { toLeadRowView } from "@/lib/leads/lead-row-view";

export const metadata = { title: "My queue" };
export const dynamic = "force-dynamic";

export default async function QueuePage() {
  const user = await requireUser();
  const { rows, total } = await listFollowUpQueue(user.id);
  const now = Date.now();
  const overdue = rows.filter((r) => r.nextTouchDueAt && r.nextTouchDueAt.getTime() < now).length;
  return (
    <div className="space-y-4">
      <PageHeader
        title="My queue"
        description={
          total
            ? `${total.toLocaleString("en-US")} of your and unassigned leads need a touch${overdue ? `, ${overdue.toLocaleString("en-US")} of them overdue` : ""}. Most urgent first.`
            : "Your and unassigned leads that need a touch appear here, most urgent first."
        }
      />
      {rows.length === 0 ? (
        <StatePanel title="Nothing to follow up right now">New marketplace leads land here with a 24-hour countdown.</StatePanel>
      ) : (
        <FollowUpQueue rows={rows.map(toLeadRowView)} serverNow={now} dueSoonMs={dueSoonThresholdMs()} currentUserId={user.id} />
      )}
    </div>
  );
}
