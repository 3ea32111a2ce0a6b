/** What became of a delivery: the journal's outcome column, in the team's words. */
export const DELIVERY_OUTCOMES = ["accepted", "joined", "replay", "rejected", "received"] as const;
export type DeliveryOutcome = (typeof DELIVERY_OUTCOMES)[number];

export const OUTCOME_LABELS: Record<DeliveryOutcome, string> = {
  accepted: "Accepted",
  joined: "Joined",
  replay: "Replay",
  rejected: "Rejected",
  received: "Not processed",
};

export const OUTCOME_DESCRIPTIONS: Record<DeliveryOutcome, string> = {
  accepted: "Became a new lead",
  joined: "Added an event to an existing lead",
  replay: "An exact repeat of an earlier delivery; nothing added",
  rejected: "Could not be read as a lead; repair and replay it",
  received: "Stored, but the database failed before it was read; replay it",
};

export function isDeliveryOutcome(value: unknown): value is DeliveryOutcome {
  return typeof value === "string" && (DELIVERY_OUTCOMES as readonly string[]).includes(value);
}

/** Only deliveries that did not become part of a lead can be corrected and replayed. */
export function isReplayable(outcome: string): boolean {
  return outcome === "rejected" || outcome === "received";
}
