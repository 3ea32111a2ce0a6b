import type { Prisma } from "@/lib/generated/sqlite/client.ts";

/**
 * The manager's funnel: three marketplace stages, then three sales steps. A lead "reaches" a
 * step when its furthest marketplace stage got there, or when the team took it there. The same
 * conditions drive the funnel counts and the lead table's `reached` filter, so clicking a funnel
 * step lists exactly the leads it counted.
 */
export const FUNNEL_STEPS = ["interest", "trial", "active", "contacted", "qualified", "won"] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export const FUNNEL_STEP_LABELS: Record<FunnelStep, string> = {
  interest: "Interest (contact me)",
  trial: "Trial (test drive, free trial)",
  active: "Active (install, create)",
  contacted: "Contacted",
  qualified: "Qualified",
  won: "Won",
};

export function reachedStepWhere(step: FunnelStep): Prisma.LeadWhereInput {
  switch (step) {
    case "interest":
      return { stageRank: { gte: 1 } };
    case "trial":
      return { stageRank: { gte: 2 } };
    case "active":
      return { stageRank: { gte: 3 } };
    case "contacted":
      return { firstContactAt: { not: null } };
    case "qualified":
      return { qualifiedAt: { not: null } };
    case "won":
      return { status: "won" };
  }
}
