import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { STATUS_LABELS, isLeadStatus } from "@/lib/leads/lead-status";
import { CHANNEL_LABELS, OUTCOME_LABELS } from "@/lib/leads/lead-work-schema";
import type { LeadDetail } from "@/lib/leads/get-lead-detail";
import { ActionCode, StageBadge } from "../lead-badges";

type Item =
  | { kind: "event"; at: Date; event: LeadDetail["events"][number] }
  | { kind: "activity"; at: Date; activity: LeadDetail["activities"][number] };

function statusName(value: string | null) {
  return value && isLeadStatus(value) ? STATUS_LABELS[value] : (value ?? "—");
}

function prettyPayload(payload: string) {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

function channelPhrase(channel: string | null): string {
  const name = CHANNEL_LABELS[channel as keyof typeof CHANNEL_LABELS]?.toLowerCase() ?? channel ?? "contact";
  return `${/^[aeiou]/.test(name) ? "an" : "a"} ${name}`;
}

function ActivityText({ activity }: { activity: LeadDetail["activities"][number] }) {
  const who = activity.actor?.name ?? "Someone";
  switch (activity.kind) {
    case "attempt":
      return (
        <>
          <span className="font-medium">{who}</span> logged {channelPhrase(activity.channel)}:{" "}
          {OUTCOME_LABELS[activity.outcome as keyof typeof OUTCOME_LABELS] ?? activity.outcome}
        </>
      );
    case "status":
      return (
        <>
          <span className="font-medium">{who}</span> moved the lead from {statusName(activity.fromValue)} to {statusName(activity.toValue)}
        </>
      );
    case "assignment":
      return (
        <>
          <span className="font-medium">{who}</span>: {activity.body}
        </>
      );
    default:
      return (
        <>
          <span className="font-medium">{who}</span> added a note
        </>
      );
  }
}

/** Marketplace deliveries and the team's work on one time line, newest first. */
export function LeadTimeline({ events, activities }: Pick<LeadDetail, "events" | "activities">) {
  const items: Item[] = [
    ...events.map((event) => ({ kind: "event" as const, at: event.receivedAt, event })),
    ...activities.map((activity) => ({ kind: "activity" as const, at: activity.occurredAt, activity })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());

  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-5" aria-label="Timeline">
      {items.map((item) => (
        <li key={item.kind === "event" ? `e-${item.event.id}` : `a-${item.activity.id}`} className="relative">
          <span
            aria-hidden
            className={`absolute -left-[1.62rem] top-1 h-2.5 w-2.5 rounded-full ring-4 ring-white ${item.kind === "event" ? "bg-brand-600" : "bg-slate-400"}`}
          />
          <div className="text-xs text-slate-500">
            <LocalTime iso={item.at.toISOString()} />
          </div>
          {item.kind === "event" ? (
            <div className="mt-0.5 text-sm">
              <div className="flex flex-wrap items-center gap-1.5">
                <span className="font-medium text-slate-900">Marketplace: {item.event.source ?? "unknown source"}</span>
                <ActionCode action={item.event.action} />
                <StageBadge stage={item.event.stage} />
                {item.event.isTest ? <Badge tone="amber">Test</Badge> : null}
              </div>
              {item.event.description ? <p className="mt-1 whitespace-pre-wrap text-slate-700">“{item.event.description}”</p> : null}
              <details className="mt-1">
                <summary className="cursor-pointer text-xs font-medium text-brand-700">Raw payload</summary>
                <pre className="mt-1 max-h-72 overflow-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">{prettyPayload(item.event.payload)}</pre>
              </details>
            </div>
          ) : (
            <div className="mt-0.5 text-sm text-slate-800">
              <ActivityText activity={item.activity} />
              {item.activity.body && item.activity.kind !== "assignment" ? (
                <p className="mt-1 whitespace-pre-wrap rounded-md bg-slate-50 px-3 py-2 text-slate-700">{item.activity.body}</p>
              ) : null}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
