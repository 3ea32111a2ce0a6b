import { z } from "zod";
import { LEAD_STATUSES } from "./lead-status";

/** Validation for everything a person does to leads; shared by server actions and API routes. */

const leadIds = z
  .array(z.string().min(1).max(64), { error: "expected a list of lead ids" })
  .min(1, "select at least one lead")
  .max(500, "at most 500 leads at once");

export const assignLeadsSchema = z.object({
  leadIds,
  // null unassigns; "me" is resolved by the caller.
  ownerId: z.string().min(1).max(64).nullable(),
});

export const changeLeadStatusSchema = z.object({
  leadIds,
  status: z.enum(LEAD_STATUSES, { error: `expected one of ${LEAD_STATUSES.join(", ")}` }),
  reason: z.string().trim().max(1000, "at most 1000 characters").optional().default(""),
});

export const addLeadNoteSchema = z.object({
  leadId: z.string().min(1).max(64),
  body: z.string().trim().min(1, "write something first").max(5000, "at most 5000 characters"),
});

export const CONTACT_CHANNELS = ["call", "email", "meeting"] as const;
export const CONTACT_OUTCOMES = ["reached", "voicemail", "no-answer", "replied", "no-reply", "meeting-booked", "bounced"] as const;

export const CHANNEL_LABELS: Record<(typeof CONTACT_CHANNELS)[number], string> = { call: "Call", email: "Email", meeting: "Meeting" };
export const OUTCOME_LABELS: Record<(typeof CONTACT_OUTCOMES)[number], string> = {
  reached: "Reached",
  voicemail: "Left voicemail",
  "no-answer": "No answer",
  replied: "Replied",
  "no-reply": "No reply yet",
  "meeting-booked": "Meeting booked",
  bounced: "Bounced",
};

export const logContactAttemptSchema = z.object({
  leadId: z.string().min(1).max(64),
  channel: z.enum(CONTACT_CHANNELS, { error: "expected call, email or meeting" }),
  outcome: z.enum(CONTACT_OUTCOMES, { error: `expected one of ${CONTACT_OUTCOMES.join(", ")}` }),
  note: z.string().trim().max(2000, "at most 2000 characters").optional().default(""),
});

export type AssignLeadsInput = z.input<typeof assignLeadsSchema>;
export type ChangeLeadStatusInput = z.input<typeof changeLeadStatusSchema>;
export type AddLeadNoteInput = z.input<typeof addLeadNoteSchema>;
export type LogContactAttemptInput = z.input<typeof logContactAttemptSchema>;
