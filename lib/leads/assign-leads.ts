import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { canAssignLeads, canClaimLead } from "./lead-permissions";
import { FieldError } from "@/lib/errors/field-error";
import { assignLeadsSchema, type AssignLeadsInput } from "./lead-work-schema";
import { loadLeadsForWork } from "./load-leads-for-work";

/**
 * Gives leads an owner (or none). A rep may only claim unassigned leads for themselves;
 * managers and admins assign and reassign freely. Every change lands in the lead's timeline and
 * the audit log, in the same transaction.
 */
export async function assignLeads(actor: SessionUser, input: AssignLeadsInput): Promise<{ changed: number }> {
  const { leadIds, ownerId } = assignLeadsSchema.parse(input);
  const isClaim = ownerId === actor.id;
  if (!isClaim && !canAssignLeads(actor)) {
    throw new FieldError("ownerId", "only managers and admins assign leads to others", 403);
  }
  return db.$transaction(async (tx) => {
    const owner = ownerId
      ? await tx.user.findUnique({ where: { id: ownerId }, select: { id: true, name: true, active: true } })
      : null;
    if (ownerId && (!owner || !owner.active)) throw new FieldError("ownerId", "no active user with this id", 400);
    const leads = await loadLeadsForWork(tx, actor, leadIds, isClaim ? canClaimLead : () => true);
    const now = new Date();
    let changed = 0;
    for (const lead of leads) {
      if (lead.ownerId === ownerId) continue;
      await tx.lead.update({ where: { id: lead.id }, data: { ownerId, assignedAt: ownerId ? now : null } });
      await tx.leadActivity.create({
        data: {
          leadId: lead.id,
          actorId: actor.id,
          kind: "assignment",
          fromValue: lead.ownerId,
          toValue: ownerId,
          body: owner ? (isClaim ? `${owner.name} claimed the lead` : `Assigned to ${owner.name}`) : "Unassigned",
          occurredAt: now,
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        entityType: "lead",
        entityId: lead.id,
        action: isClaim ? "lead.claimed" : ownerId ? "lead.assigned" : "lead.unassigned",
        before: { ownerId: lead.ownerId },
        after: { ownerId },
      });
      changed++;
    }
    return { changed };
  });
}
