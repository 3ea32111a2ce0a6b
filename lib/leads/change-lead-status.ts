import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { MIN_ATTEMPTS_BEFORE_LOST, nextTouchDue } from "@/lib/follow-up/nurture-cadence";
import { firstContactFields } from "./first-contact";
import { CLOSED_STATUSES, QUALIFIED_OR_BEYOND, statusRank, type LeadStatus } from "./lead-status";
import { FieldError } from "@/lib/errors/field-error";
import { changeLeadStatusSchema, type ChangeLeadStatusInput } from "./lead-work-schema";
import { loadLeadsForWork, type WorkLead } from "./load-leads-for-work";

function nextTouchAfterStatus(lead: WorkLead, status: LeadStatus, now: Date): Date | null {
  if (CLOSED_STATUSES.includes(status) || lead.doNotContact || lead.isTest) return null;
  if (!lead.firstContactAt && status === "new") return lead.followUpDueAt;
  if (lead.nextTouchDueAt && !CLOSED_STATUSES.includes(lead.status as LeadStatus)) return lead.nextTouchDueAt;
  return nextTouchDue(Math.max(lead.contactAttempts, 1), now);
}

/**
 * Moves leads along new → contacted → qualified → nurturing → won / lost. Moving to contacted
 * counts as the first contact for the 24-hour rule; closing as lost after fewer than three
 * attempts needs a reason; a do-not-contact lead can never become contacted.
 */
export async function changeLeadStatus(actor: SessionUser, input: ChangeLeadStatusInput): Promise<{ changed: number }> {
  const { leadIds, status, reason } = changeLeadStatusSchema.parse(input);
  return db.$transaction(async (tx) => {
    const leads = await loadLeadsForWork(tx, actor, leadIds);
    const now = new Date();
    if (status === "contacted" && leads.some((lead) => lead.doNotContact)) {
      throw new FieldError("status", "a do-not-contact lead cannot be marked contacted", 409);
    }
    if (status === "lost" && !reason && leads.some((lead) => lead.contactAttempts < MIN_ATTEMPTS_BEFORE_LOST)) {
      throw new FieldError(
        "reason",
        `give a reason to close a lead as lost after fewer than ${MIN_ATTEMPTS_BEFORE_LOST} contact attempts`,
      );
    }
    let changed = 0;
    for (const lead of leads) {
      if (lead.status === status) continue;
      const contact = status === "contacted" ? firstContactFields(lead, now) : {};
      const closing = CLOSED_STATUSES.includes(status);
      const data = {
        status,
        statusRank: statusRank(status),
        ...contact,
        closedAt: closing ? now : null,
        qualifiedAt: lead.qualifiedAt ?? (QUALIFIED_OR_BEYOND.includes(status) ? now : null),
        lostReason: status === "lost" ? reason || null : null,
        nextTouchDueAt: nextTouchAfterStatus({ ...lead, ...contact }, status, now),
      };
      await tx.lead.update({ where: { id: lead.id }, data });
      await tx.leadActivity.create({
        data: { leadId: lead.id, actorId: actor.id, kind: "status", fromValue: lead.status, toValue: status, body: reason || null, occurredAt: now },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        entityType: "lead",
        entityId: lead.id,
        action: "lead.status-changed",
        before: { status: lead.status, lostReason: lead.lostReason, firstContactAt: lead.firstContactAt },
        after: { status, lostReason: data.lostReason, firstContactAt: contact.firstContactAt ?? lead.firstContactAt },
      });
      changed++;
    }
    return { changed };
  });
}
