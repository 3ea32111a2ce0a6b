import type { FollowUpState } from "./follow-up-state";

export const FOLLOW_UP_LABELS: Record<FollowUpState, string> = {
  "due-soon": "Due soon",
  overdue: "Overdue",
  pending: "Due later",
  met: "Met (contacted in 24 h)",
  missed: "Missed (contacted late)",
  none: "Not on the clock",
};
