import { ActionCode, DoNotContactBadge, StageBadge, TestLeadBadge } from "./lead-badges";
import { FollowUpBadge } from "./follow-up-badge";
import { LocalTime } from "@/components/ui/local-time";
import type { LeadRow } from "@/lib/leads/list-newest-leads";

const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-500";
const td = "px-3 py-2 align-top";

export function NewestLeadsTable({ rows, serverNow, dueSoonMs }: { rows: LeadRow[]; serverNow: number; dueSoonMs: number }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Newest marketplace leads</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>Contact</th>
            <th scope="col" className={th}>Company</th>
            <th scope="col" className={th}>Offer</th>
            <th scope="col" className={th}>Source</th>
            <th scope="col" className={th}>Action</th>
            <th scope="col" className={th}>Stage</th>
            <th scope="col" className={th}>Received</th>
            <th scope="col" className={th}>Follow-up due</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((lead) => (
            <tr key={lead.id} data-lead-id={lead.id} className={lead.isTest ? "bg-amber-50/40" : "hover:bg-slate-50"}>
              <td className={td}>
                <div className="flex flex-wrap items-center gap-1.5">
                  <span className="max-w-[14rem] truncate font-medium text-slate-900">{lead.contactName || lead.email || "Anonymous customer"}</span>
                  {lead.isTest ? <TestLeadBadge /> : null}
                  {lead.doNotContact ? <DoNotContactBadge /> : null}
                </div>
                {lead.email && lead.contactName ? <div className="max-w-[16rem] truncate text-xs text-slate-500">{lead.email}</div> : null}
              </td>
              <td className={`${td} max-w-[12rem] truncate`}>{lead.company || <span className="text-slate-400">—</span>}</td>
              <td className={td}>
                <div className="max-w-[14rem] truncate text-slate-900" title={lead.offer.offerKey}>
                  {lead.offerTitle || lead.offer.title}
                </div>
              </td>
              <td className={`${td} whitespace-nowrap`}>{lead.latestSource ?? <span className="text-slate-400">—</span>}</td>
              <td className={td}>
                <ActionCode action={lead.latestAction} />
              </td>
              <td className={td}>
                <StageBadge stage={lead.stage} />
              </td>
              <td className={`${td} whitespace-nowrap text-slate-700`}>
                <LocalTime iso={lead.lastReceivedAt.toISOString()} />
              </td>
              <td className={td}>
                <FollowUpBadge
                  dueAt={lead.followUpDueAt?.toISOString() ?? null}
                  firstContactAt={lead.firstContactAt?.toISOString() ?? null}
                  serverNow={serverNow}
                  dueSoonMs={dueSoonMs}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
