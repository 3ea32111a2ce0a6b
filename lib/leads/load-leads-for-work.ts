import type { SessionUser } from "@/lib/auth/session-user";
import type { Tx } from "@/lib/db/client";
import { canWorkLead } from "./lead-permissions";
import { FieldError } from "@/lib/errors/field-error";

export const workLeadSelect = {
  id: true,
  ownerId: true,
  status: true,
  isTest: true,
  doNotContact: true,
  followUpDueAt: true,
  firstContactAt: true,
  followUpResult: true,
  contactAttempts: true,
  lastContactAt: true,
  nextTouchDueAt: true,
  lostReason: true,
  qualifiedAt: true,
  closedAt: true,
} as const;

/** Loads leads inside a transaction and refuses the whole batch if any is missing or not the user's to work. */
export async function loadLeadsForWork(tx: Tx, user: SessionUser, leadIds: string[], check = canWorkLead) {
  const unique = [...new Set(leadIds)];
  const leads = await tx.lead.findMany({ where: { id: { in: unique } }, select: workLeadSelect });
  if (leads.length !== unique.length) throw new FieldError("leadIds", "some of these leads no longer exist", 404);
  const refused = leads.filter((lead) => !check(user, lead));
  if (refused.length) {
    throw new FieldError(
      "lead",
      refused.length === 1 && unique.length === 1
        ? "this lead is assigned to someone else; claim it or ask a manager"
        : `${refused.length} of the selected leads are assigned to someone else`,
      403,
    );
  }
  return leads;
}

export type WorkLead = Awaited<ReturnType<typeof loadLeadsForWork>>[number];
