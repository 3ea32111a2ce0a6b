import type { WorkLead } from "./load-leads-for-work";

/** The fields that record a lead's first contact against its 24-hour deadline; empty if already contacted. */
export function firstContactFields(lead: Pick<WorkLead, "firstContactAt" | "followUpDueAt">, at: Date) {
  if (lead.firstContactAt) return {};
  const result = lead.followUpDueAt ? (at.getTime() <= lead.followUpDueAt.getTime() ? "met" : "missed") : null;
  return { firstContactAt: at, followUpResult: result };
}
