"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { COLUMN_LABELS, LEAD_COLUMNS, type LeadColumn } from "@/lib/leads/lead-query-schema";
import type { LeadRowView } from "@/lib/leads/lead-row-view";
import { FollowUpBadge } from "../follow-up-badge";
import { ActionCode, DoNotContactBadge, StageBadge, StatusBadge, TestLeadBadge } from "../lead-badges";
import { leadColumnHelper } from "./lead-table-features";

const dash = <span className="text-slate-400">—</span>;

function text(value: string | null, width = "max-w-[9rem]") {
  return value ? <span className={`block truncate ${width}`} title={value}>{value}</span> : dash;
}

export function leadColumns(clock: { serverNow: number; dueSoonMs: number }, sourceShown: boolean) {
  const cells: Record<LeadColumn, (row: LeadRowView) => React.ReactNode> = {
    contact: (lead) => (
      <div className="min-w-[9rem] max-w-[11rem]">
        <div className="flex items-center gap-1.5">
          <Link href={`/leads/${lead.id}`} className="truncate font-medium text-slate-900 hover:text-brand-700 hover:underline">
            {lead.contactName || lead.email || "Anonymous customer"}
          </Link>
          {lead.isTest ? <TestLeadBadge /> : null}
          {lead.doNotContact ? <DoNotContactBadge /> : null}
        </div>
        {lead.email && lead.contactName ? <div className="truncate text-xs text-slate-500">{lead.email}</div> : null}
      </div>
    ),
    company: (lead) => text(lead.company),
    title: (lead) => text(lead.title),
    country: (lead) => text(lead.country, "max-w-[8rem]"),
    offer: (lead) => (
      <span className="block max-w-[10rem] truncate" title={`${lead.offerTitle} (${lead.offerKey})`}>
        {lead.offerTitle}
      </span>
    ),
    source: (lead) => (lead.source ? <span className="whitespace-nowrap">{lead.source}</span> : dash),
    // The source rides under the action when its own column is hidden, so the default view shows both.
    action: (lead) => (
      <div className="whitespace-nowrap">
        <ActionCode action={lead.action} />
        {!sourceShown && lead.source ? <div className="mt-0.5 text-xs text-slate-500">{lead.source}</div> : null}
      </div>
    ),
    stage: (lead) => <StageBadge stage={lead.stage} />,
    status: (lead) => <StatusBadge status={lead.status} />,
    owner: (lead) => (lead.owner ? <span className="whitespace-nowrap">{lead.owner.name}</span> : <Badge>Unassigned</Badge>),
    received: (lead) => (
      <span className="whitespace-nowrap text-slate-700">
        <LocalTime iso={lead.receivedAt} short />
      </span>
    ),
    followUp: (lead) => <FollowUpBadge dueAt={lead.followUpDueAt} firstContactAt={lead.firstContactAt} {...clock} />,
    attempts: (lead) => <span className="tabular-nums">{lead.contactAttempts}</span>,
    nextTouch: (lead) =>
      lead.nextTouchDueAt ? (
        <span className="whitespace-nowrap text-slate-700">
          <LocalTime iso={lead.nextTouchDueAt} short />
        </span>
      ) : (
        dash
      ),
  };

  // What each column sorts by. The database does the sorting; TanStack needs an accessor to
  // treat a column as sortable at all.
  const values: Record<LeadColumn, (row: LeadRowView) => string | number | null> = {
    contact: (r) => r.contactName,
    followUp: (r) => r.followUpDueAt,
    company: (r) => r.company,
    title: (r) => r.title,
    country: (r) => r.country,
    offer: (r) => r.offerTitle,
    source: (r) => r.source,
    action: (r) => r.action,
    stage: (r) => r.stage,
    status: (r) => r.status,
    owner: (r) => r.owner?.name ?? null,
    received: (r) => r.receivedAt,
    attempts: (r) => r.contactAttempts,
    nextTouch: (r) => r.nextTouchDueAt,
  };

  return leadColumnHelper.columns(
    LEAD_COLUMNS.map((id) =>
      leadColumnHelper.accessor(values[id], {
        id,
        header: id === "action" && !sourceShown ? "Action · source" : COLUMN_LABELS[id],
        enableSorting: true,
        cell: ({ row }) => cells[id](row.original),
      }),
    ),
  );
}
