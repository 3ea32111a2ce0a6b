/**
 * Where a lead stands against the 24-hour rule:
 *   met      first contact logged before it was due
 *   missed   first contact logged, but after it was due
 *   overdue  due time passed with no contact
 *   due-soon no contact yet and due within the due-soon threshold
 *   pending  no contact yet, due later
 *   none     not on the clock (test or do-not-contact leads)
 */
export const FOLLOW_UP_STATES = ["due-soon", "overdue", "pending", "met", "missed", "none"] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

export const DEFAULT_DUE_SOON_MS = 4 * 60 * 60 * 1000;

export function dueSoonThresholdMs(): number {
  const hours = Number(process.env.FOLLOW_UP_DUE_SOON_HOURS);
  return Number.isFinite(hours) && hours > 0 ? hours * 60 * 60 * 1000 : DEFAULT_DUE_SOON_MS;
}

export function followUpState(
  lead: { followUpDueAt: Date | null; firstContactAt: Date | null },
  now: Date,
  dueSoonMs: number = DEFAULT_DUE_SOON_MS,
): FollowUpState {
  const due = lead.followUpDueAt;
  if (!due) return "none";
  if (lead.firstContactAt) return lead.firstContactAt.getTime() <= due.getTime() ? "met" : "missed";
  const left = due.getTime() - now.getTime();
  if (left < 0) return "overdue";
  if (left <= dueSoonMs) return "due-soon";
  return "pending";
}
