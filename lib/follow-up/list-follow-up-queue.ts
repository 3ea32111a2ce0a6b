import { db } from "@/lib/db/client";
import { leadRowSelect } from "@/lib/leads/list-leads";

export const QUEUE_LIMIT = 200;

/**
 * A rep's queue: their own and unassigned leads that need a touch, most urgent first. Test and
 * do-not-contact leads never enter it (their next touch is always empty), nor do closed leads.
 */
export async function listFollowUpQueue(userId: string, limit = QUEUE_LIMIT) {
  const where = {
    nextTouchDueAt: { not: null },
    isTest: false,
    doNotContact: false,
    OR: [{ ownerId: userId }, { ownerId: null }],
  };
  const [rows, total] = await Promise.all([
    db.lead.findMany({ where, select: leadRowSelect, orderBy: [{ nextTouchDueAt: "asc" }, { id: "asc" }], take: limit }),
    db.lead.count({ where }),
  ]);
  return { rows, total };
}
