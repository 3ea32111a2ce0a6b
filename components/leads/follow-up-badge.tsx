"use client";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import { useNow } from "@/components/ui/use-now";
import { followUpState, type FollowUpState } from "@/lib/follow-up/follow-up-state";
import { formatDuration } from "@/lib/format/duration";

const TONE: Record<FollowUpState, BadgeTone> = {
  "due-soon": "amber",
  overdue: "red",
  pending: "sky",
  met: "green",
  missed: "violet",
  none: "neutral",
};

/** The 24-hour follow-up as a badge with a live countdown; times travel as ISO strings. */
export function FollowUpBadge({
  dueAt,
  firstContactAt,
  serverNow,
  dueSoonMs,
}: {
  dueAt: string | null;
  firstContactAt: string | null;
  serverNow: number;
  dueSoonMs: number;
}) {
  const now = useNow(serverNow);
  const due = dueAt ? new Date(dueAt) : null;
  const contacted = firstContactAt ? new Date(firstContactAt) : null;
  const state = followUpState({ followUpDueAt: due, firstContactAt: contacted }, new Date(now), dueSoonMs);
  if (!due) return <span className="text-slate-400" aria-label="Not on the follow-up clock">—</span>;
  const title = `Follow-up due ${due.toUTCString()}`;
  switch (state) {
    case "overdue":
      return <Badge tone={TONE[state]} title={title}>Overdue {formatDuration(now - due.getTime())}</Badge>;
    case "due-soon":
      return <Badge tone={TONE[state]} title={title}>Due in {formatDuration(due.getTime() - now)}</Badge>;
    case "pending":
      return <Badge tone={TONE[state]} title={title}>Due in {formatDuration(due.getTime() - now)}</Badge>;
    case "met":
      return <Badge tone={TONE[state]} title={title}>Met</Badge>;
    case "missed":
      return <Badge tone={TONE[state]} title={title}>Missed by {formatDuration(contacted!.getTime() - due.getTime())}</Badge>;
    default:
      return null;
  }
}
