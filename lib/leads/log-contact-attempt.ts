import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { nextTouchDue } from "@/lib/follow-up/nurture-cadence";
import { firstContactFields } from "./first-contact";
import { CLOSED_STATUSES, statusRank, type LeadStatus } from "./lead-status";
import { FieldError } from "@/lib/errors/field-error";
import { logContactAttemptSchema, type LogContactAttemptInput } from "./lead-work-schema";
import { loadLeadsForWork } from "./load-leads-for-work";

/**
 * Logs a call, email or meeting. The first attempt stops the 24-hour clock (met or missed), a new
 * lead becomes contacted, and the next nurture touch is scheduled from the cadence.
 */
export async function logContactAttempt(actor: SessionUser, input: LogContactAttemptInput): Promise<{ id: string }> {
  const { leadId, channel, outcome, note } = logContactAttemptSchema.parse(input);
  return db.$transaction(async (tx) => {
    const [lead] = await loadLeadsForWork(tx, actor, [leadId]);
    if (!lead) throw new FieldError("leadId", "no such lead", 404);
    if (lead.doNotContact) throw new FieldError("lead", "this lead is marked do-not-contact", 409);
    if (lead.isTest) throw new FieldError("lead", "this is a Partner Center test lead; there is nobody to contact", 409);
    const now = new Date();
    const attempts = lead.contactAttempts + 1;
    const becomesContacted = lead.status === "new";
    const closed = CLOSED_STATUSES.includes(lead.status as LeadStatus);
    const first = firstContactFields(lead, now);
    await tx.lead.update({
      where: { id: leadId },
      data: {
        ...first,
        contactAttempts: attempts,
        lastContactAt: now,
        nextTouchDueAt: closed ? null : nextTouchDue(attempts, now),
        ...(becomesContacted ? { status: "contacted", statusRank: statusRank("contacted") } : {}),
      },
    });
    const attempt = await tx.leadActivity.create({
      data: { leadId, actorId: actor.id, kind: "attempt", channel, outcome, body: note || null, occurredAt: now },
      select: { id: true },
    });
    if (becomesContacted) {
      await tx.leadActivity.create({
        data: { leadId, actorId: actor.id, kind: "status", fromValue: "new", toValue: "contacted", occurredAt: now },
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "lead",
      entityId: leadId,
      action: "lead.contact-attempt-logged",
      before: { contactAttempts: lead.contactAttempts, status: lead.status, firstContactAt: lead.firstContactAt },
      after: { contactAttempts: attempts, status: becomesContacted ? "contacted" : lead.status, channel, outcome, ...first },
    });
    return attempt;
  });
}
