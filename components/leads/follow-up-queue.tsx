import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { LeadRowView } from "@/lib/leads/lead-row-view";
import { FollowUpBadge } from "./follow-up-badge";
import { StageBadge, StatusBadge } from "./lead-badges";
import { NextTouchBadge } from "./next-touch-badge";

/** The queue as a dense list: who, what offer, and how urgent, with one click to the lead. */
export function FollowUpQueue({ rows, serverNow, dueSoonMs, currentUserId }: { rows: LeadRowView[]; serverNow: number; dueSoonMs: number; currentUserId: string }) {
  return (
    <ul className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm" aria-label="Leads needing contact">
      {rows.map((lead) => {
        const firstTouch = !lead.firstContactAt;
        const overdue = lead.nextTouchDueAt !== null && Date.parse(lead.nextTouchDueAt) < serverNow;
        return (
          <li key={lead.id} data-lead-id={lead.id} className={overdue ? "bg-red-50/50 shadow-[inset_3px_0_0_0_var(--color-red-500)]" : ""}>
            <Link href={`/leads/${lead.id}`} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 hover:bg-slate-50 focus:bg-slate-50">
              <div className="min-w-0 flex-1 basis-64">
                <div className="truncate font-medium text-slate-900">{lead.contactName || lead.email || "Anonymous customer"}</div>
                <div className="truncate text-sm text-slate-600">
                  {[lead.company, lead.offerTitle].filter(Boolean).join(" · ")}
                </div>
              </div>
              <div className="flex flex-wrap items-center gap-1.5">
                <StageBadge stage={lead.stage} />
                <StatusBadge status={lead.status} />
                {lead.owner ? (lead.owner.id === currentUserId ? <Badge tone="brand">Mine</Badge> : <Badge>{lead.owner.name}</Badge>) : <Badge>Unassigned</Badge>}
              </div>
              <div className="w-44 text-right">
                {firstTouch ? (
                  <FollowUpBadge dueAt={lead.followUpDueAt} firstContactAt={null} serverNow={serverNow} dueSoonMs={dueSoonMs} />
                ) : (
                  <NextTouchBadge dueAt={lead.nextTouchDueAt!} attempts={lead.contactAttempts} serverNow={serverNow} />
                )}
              </div>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
