import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { addLeadNoteSchema, type AddLeadNoteInput } from "./lead-work-schema";
import { loadLeadsForWork } from "./load-leads-for-work";

export async function addLeadNote(actor: SessionUser, input: AddLeadNoteInput): Promise<{ id: string }> {
  const { leadId, body } = addLeadNoteSchema.parse(input);
  return db.$transaction(async (tx) => {
    await loadLeadsForWork(tx, actor, [leadId]);
    const note = await tx.leadActivity.create({
      data: { leadId, actorId: actor.id, kind: "note", body },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: actor.id, entityType: "lead", entityId: leadId, action: "lead.note-added", after: { noteId: note.id, body } });
    return note;
  });
}
