"use server";

import { runAction, runFormAction } from "@/lib/forms/run-form-action";
import type { FormState } from "@/lib/forms/form-state";
import { addLeadNote } from "@/lib/leads/add-lead-note";
import { assignLeads } from "@/lib/leads/assign-leads";
import { changeLeadStatus } from "@/lib/leads/change-lead-status";
import {
  addLeadNoteSchema,
  assignLeadsSchema,
  changeLeadStatusSchema,
  logContactAttemptSchema,
  type AssignLeadsInput,
  type ChangeLeadStatusInput,
} from "@/lib/leads/lead-work-schema";
import { logContactAttempt } from "@/lib/leads/log-contact-attempt";

// Thin wrappers: who is acting comes from the session, the rules live in lib/leads.

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export async function assignLeadsAction(input: AssignLeadsInput): Promise<FormState<null>> {
  return runAction({
    page: "/leads",
    schema: assignLeadsSchema,
    input,
    revalidate: ["/leads", "/queue"],
    revalidateLayout: true,
    run: async (parsed, actor) => {
      const { changed } = await assignLeads(actor, parsed);
      return { message: changed ? `${plural(changed, "lead")} ${parsed.ownerId ? "assigned" : "unassigned"}` : "Nothing to change", data: null };
    },
  });
}

export async function changeLeadStatusAction(input: ChangeLeadStatusInput): Promise<FormState<null>> {
  return runAction({
    page: "/leads",
    schema: changeLeadStatusSchema,
    input,
    revalidate: ["/leads", "/queue"],
    revalidateLayout: true,
    run: async (parsed, actor) => {
      const { changed } = await changeLeadStatus(actor, parsed);
      return { message: changed ? `${plural(changed, "lead")} updated` : "Nothing to change", data: null };
    },
  });
}

export async function addLeadNoteAction(_: FormState<null>, formData: FormData): Promise<FormState<null>> {
  return runFormAction({
    page: "/leads",
    schema: addLeadNoteSchema,
    formData,
    revalidate: ["/leads"],
    revalidateLayout: true,
    run: async (parsed, actor) => {
      await addLeadNote(actor, parsed);
      return { message: "Note added", data: null };
    },
  });
}

export async function logContactAttemptAction(_: FormState<null>, formData: FormData): Promise<FormState<null>> {
  return runFormAction({
    page: "/leads",
    schema: logContactAttemptSchema,
    formData,
    revalidate: ["/leads", "/queue"],
    revalidateLayout: true,
    run: async (parsed, actor) => {
      await logContactAttempt(actor, parsed);
      return { message: "Contact attempt logged", data: null };
    },
  });
}
