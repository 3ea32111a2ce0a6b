import { Badge, type BadgeTone } from "@/components/ui/badge";
import { STAGE_LABELS, type FunnelStage } from "@/lib/leads/funnel-stage";
import { isLeadStatus, STATUS_LABELS, type LeadStatus } from "@/lib/leads/lead-status";

const STAGE_TONE: Record<FunnelStage, BadgeTone> = { interest: "sky", trial: "violet", active: "green" };

export function StageBadge({ stage }: { stage: string | null }) {
  if (!stage || !(stage in STAGE_TONE)) return <span className="text-slate-400">—</span>;
  const known = stage as FunnelStage;
  return <Badge tone={STAGE_TONE[known]}>{STAGE_LABELS[known]}</Badge>;
}

export function TestLeadBadge() {
  return (
    <Badge tone="amber" title="Partner Center test lead (MSFT_TEST_): kept out of queues, the clock and charts">
      Test
    </Badge>
  );
}

export function DoNotContactBadge() {
  return (
    <Badge tone="red" title="Do not contact: a cross-listing notice, never to be followed up">
      Do not contact
    </Badge>
  );
}

export function ActionCode({ action }: { action: string | null }) {
  if (!action) return <span className="text-slate-400">—</span>;
  return <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-xs text-slate-700">{action}</code>;
}

const STATUS_TONE: Record<LeadStatus, BadgeTone> = {
  new: "brand",
  contacted: "sky",
  qualified: "violet",
  nurturing: "amber",
  won: "green",
  lost: "neutral",
};

export function StatusBadge({ status }: { status: string }) {
  if (!isLeadStatus(status)) return <Badge>{status}</Badge>;
  return <Badge tone={STATUS_TONE[status]}>{STATUS_LABELS[status]}</Badge>;
}
