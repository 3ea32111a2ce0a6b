import { MIN_ATTEMPTS_BEFORE_LOST, nextTouchDue } from "@/lib/follow-up/nurture-cadence";
import { firstContactFields } from "@/lib/leads/first-contact";
import { CLOSED_STATUSES, type LeadStatus } from "@/lib/leads/lead-status";
import type { Random } from "./random";
import type { SeedOwner } from "./sales-team";
import { DAY, HOUR, MINUTE } from "./timeline";

const LOST_REASONS = ["No budget", "Chose a competitor", "No response", "Not a fit", "Bad timing", "Duplicate lead", "Personal or student use"];
const REACHED = new Set(["reached", "replied", "meeting-booked"]);
const NOTES = ["Discussed pricing and licensing.", "Sent the product deck.", "Demo booked with their IT team.", "Asked for a security questionnaire.", "Wants a follow-up after budget review."];

export interface PlannedActivity {
  kind: "attempt" | "status" | "assignment";
  actorId: string;
  occurredAt: number;
  channel?: string;
  outcome?: string;
  body?: string;
  fromValue?: string;
  toValue?: string;
}

/** The lead columns the sales team's work sets, as lib/leads' assign / log-attempt / change-status would. */
export interface SalesWork {
  ownerId: string | null;
  assignedAt: number | null;
  status: LeadStatus;
  lostReason: string | null;
  closedAt: number | null;
  firstContactAt: number | null;
  followUpResult: string | null;
  contactAttempts: number;
  lastContactAt: number | null;
  nextTouchDueAt: number | null;
  activities: PlannedActivity[];
  /** The latest moment the work touched the lead. */
  lastTouchedAt: number;
}

export interface SalesLead {
  firstAt: number;
  stageRank: number;
  isTest: boolean;
  doNotContact: boolean;
  followUpDueAt: number | null;
}

function untouched(lead: SalesLead): SalesWork {
  return {
    ownerId: null, assignedAt: null, status: "new", lostReason: null, closedAt: null, firstContactAt: null, followUpResult: null,
    // Until first contact the next touch is the 24-hour deadline itself, as record-lead sets it.
    contactAttempts: 0, lastContactAt: null, nextTouchDueAt: lead.followUpDueAt, activities: [], lastTouchedAt: 0,
  };
}

/**
 * When the owner first reached out, or null. Older leads follow the rep's habits (most within the
 * 24-hour window, some late, some never); the last two days are mostly still waiting, so the
 * follow-up queue has leads due soon and leads already overdue.
 */
function firstContactTime(random: Random, firstAt: number, assignedAt: number, owner: SeedOwner, now: number): number | null {
  const age = now - firstAt;
  const deadline = firstAt + DAY - MINUTE;
  const withinWindow = () => Math.min(now, assignedAt >= deadline ? deadline : assignedAt + Math.floor(random.bell(5 * MINUTE, deadline - assignedAt)));
  if (age < DAY) return random.chance(0.25) ? assignedAt + Math.floor(random.next() * (now - assignedAt)) : null;
  if (age < 2 * DAY) return random.chance(0.5) ? withinWindow() : null;
  if (random.chance(owner.responsiveness)) return withinWindow();
  if (!random.chance(0.7)) return null;
  const late = firstAt + DAY + Math.floor(random.exponential(2.5 * DAY, 20 * DAY)) + random.int(0, 6 * HOUR);
  return late <= now ? late : null;
}

/** Channel and outcome of one attempt, in the vocabulary of lib/leads/lead-work-schema.ts. */
function attempt(random: Random, index: number): { channel: string; outcome: string } {
  const channel = random.weighted([["email", 50], ["call", 42], ["meeting", index === 0 ? 3 : 14]] as const);
  if (channel === "email") return { channel, outcome: random.weighted([["replied", 32], ["no-reply", 64], ["bounced", 4]] as const) };
  if (channel === "call") return { channel, outcome: random.weighted([["reached", 38], ["voicemail", 32], ["no-answer", 24], ["meeting-booked", 6]] as const) };
  return { channel, outcome: random.weighted([["reached", 85], ["no-answer", 15]] as const) };
}

function finalStatus(random: Random, reached: boolean, stageRank: number, age: number, owner: SeedOwner): LeadStatus {
  // Leads get closed out as they age; a week-old lead is rarely decided yet.
  const closing = age < 7 * DAY ? 0.25 : age < 30 * DAY ? 1 : 1.8;
  if (!reached) {
    return random.weighted([["contacted", age > 30 * DAY ? 20 : 50], ["nurturing", 15], ["lost", 18 * closing]] as const);
  }
  return random.weighted([
    ["contacted", 10],
    ["qualified", 18],
    ["nurturing", 18],
    ["won", (2 + 3 * stageRank) * owner.winSkill * closing],
    ["lost", 14 * closing],
  ] as const);
}

/** The statuses a lead went through after "contacted" (which the first attempt sets). */
function laterStatuses(random: Random, status: LeadStatus): LeadStatus[] {
  switch (status) {
    case "new":
    case "contacted":
      return [];
    case "qualified":
      return ["qualified"];
    case "nurturing":
      return random.chance(0.5) ? ["nurturing"] : ["qualified", "nurturing"];
    case "won":
      return ["qualified", "won"];
    case "lost":
      return random.chance(0.6) ? ["lost"] : ["qualified", "lost"];
  }
}

/** What the sales team did with one lead by `now`: owner, contact attempts, status history. */
export function planSalesWork(random: Random, lead: SalesLead, owner: SeedOwner, assigner: SeedOwner, now: number): SalesWork {
  const work = untouched(lead);
  if (lead.isTest || lead.doNotContact) return work;
  const age = now - lead.firstAt;
  if (!random.chance(age >= 2 * DAY ? 0.94 : age >= DAY ? 0.8 : 0.35)) return work;

  const assignedAt = lead.firstAt + MINUTE + Math.floor(random.exponential(90 * MINUTE, 18 * HOUR));
  if (assignedAt > now) return work;
  const claimed = random.chance(0.3);
  work.ownerId = owner.id;
  work.assignedAt = assignedAt;
  work.lastTouchedAt = assignedAt;
  work.activities.push({
    kind: "assignment",
    actorId: claimed ? owner.id : assigner.id,
    occurredAt: assignedAt,
    toValue: owner.id,
    body: claimed ? `${owner.name} claimed the lead` : `Assigned to ${owner.name}`,
  });
  const firstContact = firstContactTime(random, lead.firstAt, assignedAt, owner, now);
  if (firstContact === null) return work;

  // Reps mostly follow the nurture cadence; now and then one stops early, which leaves the lead
  // overdue in the queue. Touches past the end of the cadence are rarer and further apart.
  const times = [firstContact];
  for (;;) {
    const last = times[times.length - 1]!;
    const due = nextTouchDue(times.length, new Date(last));
    const gap = due ? (due.getTime() - last) * random.bell(0.7, 1.5) : HOUR + random.exponential(10 * DAY, 40 * DAY);
    const next = last + Math.floor(gap);
    if (next > now || !random.chance(due ? 0.9 : 0.3)) break;
    times.push(next);
  }
  let reached = false;
  times.forEach((occurredAt, index) => {
    const { channel, outcome } = attempt(random, index);
    reached ||= REACHED.has(outcome);
    const body = REACHED.has(outcome) && random.chance(0.3) ? random.pick(NOTES) : undefined;
    work.activities.push({ kind: "attempt", actorId: owner.id, occurredAt, channel, outcome, body });
  });
  // The first attempt moves a new lead to contacted, at the same moment.
  work.activities.push({ kind: "status", actorId: owner.id, occurredAt: firstContact, fromValue: "new", toValue: "contacted" });
  const lastContact = times[times.length - 1]!;
  const first = firstContactFields({ firstContactAt: null, followUpDueAt: dateOrNull(lead.followUpDueAt) }, new Date(firstContact));
  work.firstContactAt = firstContact;
  work.followUpResult = first.followUpResult ?? null;
  work.lastContactAt = lastContact;
  work.contactAttempts = times.length;

  let status = finalStatus(random, reached, lead.stageRank, age, owner);
  const closedAt = lastContact + HOUR + Math.floor(random.exponential(2 * DAY, 14 * DAY));
  // A decision that would only come after now has not been made yet.
  if (CLOSED_STATUSES.includes(status) && closedAt > now) status = reached ? "qualified" : "contacted";
  work.status = status;
  // An open lead's latest status change follows the latest attempt by a few minutes.
  let end = Math.min(now, lastContact + random.int(5 * MINUTE, 2 * HOUR));
  if (CLOSED_STATUSES.includes(status)) {
    work.closedAt = closedAt;
    end = closedAt;
    // Closing as lost before the third attempt needs a reason, as change-lead-status insists.
    if (status === "lost" && (times.length < MIN_ATTEMPTS_BEFORE_LOST || random.chance(0.6))) {
      work.lostReason = reached ? random.pick(LOST_REASONS) : "No response";
    }
    work.nextTouchDueAt = null;
  } else {
    const due = nextTouchDue(times.length, new Date(lastContact));
    work.nextTouchDueAt = due ? due.getTime() : null;
  }

  const steps = laterStatuses(random, status);
  let previous: LeadStatus = "contacted";
  steps.forEach((toValue, index) => {
    // The last step lands at the end (closing, or just after the latest attempt); earlier ones in between.
    const occurredAt = index === steps.length - 1 ? end : firstContact + Math.floor(((end - firstContact) * (index + 1)) / (steps.length + 1));
    const body = toValue === "lost" ? work.lostReason ?? undefined : undefined;
    work.activities.push({ kind: "status", actorId: owner.id, occurredAt, fromValue: previous, toValue, body });
    previous = toValue;
  });
  work.lastTouchedAt = Math.max(work.lastTouchedAt, end, ...work.activities.map((activity) => activity.occurredAt));
  return work;
}

function dateOrNull(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
}
