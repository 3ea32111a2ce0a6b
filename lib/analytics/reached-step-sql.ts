import { Prisma } from "@/lib/generated/sqlite/client.ts";
import type { FunnelStep } from "@/lib/leads/funnel-steps";

/**
 * reachedStepWhere() of lib/leads/funnel-steps.ts as SQL, for counting every step in one pass over
 * the leads instead of one query per step. The Record makes a new step a compile error here, and
 * the analytics integration tests check each step's count against the lead table's `reached`
 * filter, which uses reachedStepWhere() itself.
 */
export const REACHED_STEP_SQL: Record<FunnelStep, Prisma.Sql> = {
  interest: Prisma.sql`"stageRank" >= 1`,
  trial: Prisma.sql`"stageRank" >= 2`,
  active: Prisma.sql`"stageRank" >= 3`,
  contacted: Prisma.sql`"firstContactAt" IS NOT NULL`,
  qualified: Prisma.sql`"qualifiedAt" IS NOT NULL`,
  won: Prisma.sql`"status" = 'won'`,
};
