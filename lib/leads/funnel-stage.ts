/**
 * Marketplace funnel stages a delivery can reach, in order. A lead's stage is the furthest any
 * of its events reached. "Do not contact" notices reach no stage.
 */
export const FUNNEL_STAGES = ["interest", "trial", "active"] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export const STAGE_LABELS: Record<FunnelStage, string> = {
  interest: "Interest",
  trial: "Trial",
  active: "Active",
};

export function stageRank(stage: FunnelStage | null): number {
  return stage ? FUNNEL_STAGES.indexOf(stage) + 1 : 0;
}

export function stageFromRank(rank: number): FunnelStage | null {
  return FUNNEL_STAGES[rank - 1] ?? null;
}

export const DO_NOT_CONTACT_ACTION = "DNC";

const ACTION_STAGES: Record<string, FunnelStage> = {
  plt: "interest", // "Contact me" (partner-led trial request)
  contactme: "interest",
  starttestdrive: "trial",
  testdrive: "trial",
  freetrial: "trial",
  trial: "trial",
  ins: "active", // "Get it now" / acquisition
  create: "active", // "Create" / "Subscribe" in the Azure portal
  subscribe: "active",
};

export function isDoNotContact(action: string | null): boolean {
  return action?.trim().toUpperCase() === DO_NOT_CONTACT_ACTION;
}

/**
 * The stage a delivery reached. Unknown action codes keep their own value as the action and
 * count as interest, the least a customer showed by reaching us; a trial-like code is a trial.
 */
export function stageOfDelivery(action: string | null, source: string | null): FunnelStage | null {
  if (isDoNotContact(action)) return null;
  const code = (action ?? "").replace(/[\s_-]/g, "").toLowerCase();
  const known = ACTION_STAGES[code];
  if (known) return known;
  if (code.includes("trial") || code.includes("testdrive")) return "trial";
  if (!code && source?.replace(/\s/g, "").toLowerCase() === "testdrive") return "trial";
  return "interest";
}
