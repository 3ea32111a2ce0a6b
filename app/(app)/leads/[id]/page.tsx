import Link from "next/link";
import { notFound } from "next/navigation";
import { FollowUpBadge } from "@/components/leads/follow-up-badge";
import { DoNotContactBadge, StageBadge, StatusBadge, TestLeadBadge } from "@/components/leads/lead-badges";
import { LeadTimeline } from "@/components/leads/lead-detail/lead-timeline";
import { WorkPanel } from "@/components/leads/lead-detail/work-panel";
import { Card, Facts } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { requireUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { dueSoonThresholdMs } from "@/lib/follow-up/follow-up-state";
import { findLeadName, getLeadDetail } from "@/lib/leads/get-lead-detail";
import { listAssignableUsers } from "@/lib/users/list-assignable-users";
import { canAssignLeads, canClaimLead, canWorkLead } from "@/lib/leads/lead-permissions";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  return { title: (await findLeadName((await params).id)) ?? "Lead not found" };
}

export default async function LeadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [user, detail, owners] = await Promise.all([
    requireUser(),
    getLeadDetail(id),
    listAssignableUsers(),
  ]);
  if (!detail) notFound();
  const { lead, events, activities, otherLeads } = detail;
  const c = lead.contact;
  const name = [c.firstName, c.lastName].filter(Boolean).join(" ") || c.email || "Anonymous customer";
  const iso = (d: Date | null) => (d ? <LocalTime iso={d.toISOString()} /> : null);

  return (
    <div className="space-y-4">
      <nav aria-label="Breadcrumb" className="flex items-center justify-between text-sm">
        <Link href="/leads" className="text-brand-700 hover:underline">
          ← Leads
        </Link>
        {hasRole(user.role, "admin") ? (
          <Link href={`/admin/audit?kind=lead&subject=${lead.id}`} className="text-brand-700 hover:underline">
            Audit trail
          </Link>
        ) : null}
      </nav>
      <header className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 pb-4">
        <div className="min-w-0">
          <h1 className="flex flex-wrap items-center gap-2 text-xl font-semibold tracking-tight">
            {name}
            {lead.isTest ? <TestLeadBadge /> : null}
            {lead.doNotContact ? <DoNotContactBadge /> : null}
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            {[c.title, c.company].filter(Boolean).join(" at ") || "No company given"} · interested in{" "}
            <span className="font-medium text-slate-800">{lead.offerTitle || lead.offer.title}</span>
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <StageBadge stage={lead.stage} />
          <StatusBadge status={lead.status} />
          <FollowUpBadge
            dueAt={lead.followUpDueAt?.toISOString() ?? null}
            firstContactAt={lead.firstContactAt?.toISOString() ?? null}
            serverNow={Date.now()}
            dueSoonMs={dueSoonThresholdMs()}
          />
        </div>
      </header>

      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-4">
          <div className="grid gap-4 md:grid-cols-2">
            <Card title="Contact">
              <Facts
                items={[
                  ["Email", c.email ? <a className="text-brand-700 hover:underline" href={`mailto:${c.email}`}>{c.email}</a> : null],
                  ["Phone", c.phone ? <a className="text-brand-700 hover:underline" href={`tel:${c.phone}`}>{c.phone}</a> : null],
                  ["Company", c.company],
                  ["Job title", c.title],
                  ["Country", c.country],
                ]}
              />
            </Card>
            <Card title="Offer and follow-up">
              <Facts
                items={[
                  ["Offer", lead.offerTitle || lead.offer.title],
                  ["Offer id", <code key="k" className="font-mono text-xs">{lead.offer.offerKey}</code>],
                  ["First received", iso(lead.firstReceivedAt)],
                  ["Follow-up due", lead.followUpDueAt ? iso(lead.followUpDueAt) : "Not on the clock"],
                  ["First contact", iso(lead.firstContactAt)],
                  ["Attempts", String(lead.contactAttempts)],
                  ["Next touch", iso(lead.nextTouchDueAt)],
                  ["Owner", lead.owner?.name ?? "Unassigned"],
                ]}
              />
            </Card>
          </div>
          {otherLeads.length ? (
            <Card title="This customer's other leads">
              <ul className="divide-y divide-slate-100">
                {otherLeads.map((other) => (
                  <li key={other.id} className="flex items-center justify-between gap-2 py-2 text-sm">
                    <Link href={`/leads/${other.id}`} className="truncate font-medium text-brand-700 hover:underline">
                      {other.offerTitle || other.offer.offerKey}
                    </Link>
                    <span className="flex shrink-0 items-center gap-1.5">
                      <StageBadge stage={other.stage} />
                      <StatusBadge status={other.status} />
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
          <Card title="Timeline">
            <LeadTimeline events={events} activities={activities} />
          </Card>
        </div>
        <WorkPanel
          leadId={lead.id}
          ownerId={lead.ownerId}
          status={lead.status}
          canWork={canWorkLead(user, lead)}
          canClaim={canClaimLead(user, lead)}
          canAssign={canAssignLeads(user)}
          contactable={!lead.doNotContact && !lead.isTest}
          attempts={lead.contactAttempts}
          owners={owners}
          currentUserId={user.id}
        />
      </div>
    </div>
  );
}
