"use server";

import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { actionResult, type ActionResult } from "@/lib/http/action-result";
import { addLeadNote } from "@/lib/leads/add-lead-note";
import { assignLeads } from "@/lib/leads/assign-leads";
import { changeLeadStatus } from "@/lib/leads/change-lead-status";
import type { AssignLeadsInput, ChangeLeadStatusInput, LogContactAttemptInput } from "@/lib/leads/lead-work-schema";
import { logContactAttempt } from "@/lib/leads/log-contact-attempt";

// Thin wrappers: who is acting comes from the session, the rules live in lib/leads.

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export async function assignLeadsAction(input: AssignLeadsInput): Promise<ActionResult> {
  const user = await authorizeAction("/leads");
  return actionResult(async () => {
    const ownerId = input.ownerId === "me" ? user.id : input.ownerId;
    const { changed } = await assignLeads(user, { ...input, ownerId });
    revalidatePath("/leads", "layout");
    return { message: changed ? `${plural(changed, "lead")} ${ownerId ? "assigned" : "unassigned"}` : "Nothing to change" };
  });
}

export async function changeLeadStatusAction(input: ChangeLeadStatusInput): Promise<ActionResult> {
  const user = await authorizeAction("/leads");
  return actionResult(async () => {
    const { changed } = await changeLeadStatus(user, input);
    revalidatePath("/leads", "layout");
    return { message: changed ? `${plural(changed, "lead")} updated` : "Nothing to change" };
  });
}

export async function addLeadNoteAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const user = await authorizeAction("/leads");
  return actionResult(async () => {
    const leadId = String(form.get("leadId") ?? "");
    await addLeadNote(user, { leadId, body: String(form.get("body") ?? "") });
    revalidatePath(`/leads/${leadId}`);
    return { message: "Note added" };
  });
}

export async function logContactAttemptAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const user = await authorizeAction("/leads");
  return actionResult(async () => {
    const input = Object.fromEntries(["leadId", "channel", "outcome", "note"].map((k) => [k, String(form.get(k) ?? "")]));
    await logContactAttempt(user, input as LogContactAttemptInput);
    revalidatePath(`/leads/${input.leadId}`);
    return { message: "Contact attempt logged" };
  });
}
