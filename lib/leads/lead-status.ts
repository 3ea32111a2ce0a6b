/** The sales team's own progress on a lead. Do-not-contact is a state of the lead, not a status. */
export const LEAD_STATUSES = ["new", "contacted", "qualified", "nurturing", "won", "lost"] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const STATUS_LABELS: Record<LeadStatus, string> = {
  new: "New",
  contacted: "Contacted",
  qualified: "Qualified",
  nurturing: "Nurturing",
  won: "Won",
  lost: "Lost",
};

export const CLOSED_STATUSES: readonly LeadStatus[] = ["won", "lost"];

export function statusRank(status: LeadStatus): number {
  return LEAD_STATUSES.indexOf(status);
}

export function isLeadStatus(value: unknown): value is LeadStatus {
  return typeof value === "string" && (LEAD_STATUSES as readonly string[]).includes(value);
}

/** Statuses that mean the lead was qualified: nurturing follows qualification here, and a won lead passed through it. */
export const QUALIFIED_OR_BEYOND: readonly LeadStatus[] = ["qualified", "nurturing", "won"];
