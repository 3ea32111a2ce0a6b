import type { Random } from "./random";
import type { SeedOwner } from "./sales-team";
import { DAY, HOUR, MINUTE } from "./timeline";

/** Lead statuses in pipeline order; a lead's statusRank is the index here. */
export const LEAD_STATUSES = ["new", "contacted", "qualified", "nurturing", "won", "lost"] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

const LOST_REASONS = ["No budget", "Chose a competitor", "No response", "Not a fit", "Bad timing", "Duplicate lead", "Personal or student use"];
const REACHED = new Set(["reached", "replied", "scheduled"]);
const NOTES = ["Discussed pricing and licensing.", "Sent the product deck.", "Demo booked with their IT team.", "Asked for a security questionnaire.", "Wants a follow-up after budget review."];

export interface PlannedActivity {
  kind: "attempt" | "status";
  actorId: string;
  occurredAt: number;
  channel?: string;
  outcome?: string;
  body?: string;
  fromValue?: string;
  toValue?: string;
}

export interface SalesWork {
  ownerId: string | null;
  assignedAt: number | null;
  status: LeadStatus;
  lostReason: string | null;
  closedAt: number | null;
  firstContactAt: number | null;
  contactAttempts: number;
  lastContactAt: number | null;
  nextTouchDueAt: number | null;
  activities: PlannedActivity[];
  /** The latest moment the work touched the lead. */
  lastTouchedAt: number;
}

function untouched(): SalesWork {
  return {
    ownerId: null, assignedAt: null, status: "new", lostReason: null, closedAt: null, firstContactAt: null,
    contactAttempts: 0, lastContactAt: null, nextTouchDueAt: null, activities: [], lastTouchedAt: 0,
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
  if (!random.chance(0.6)) return null;
  const late = firstAt + DAY + Math.floor(random.exponential(2.5 * DAY, 20 * DAY)) + random.int(0, 6 * HOUR);
  return late <= now ? late : null;
}

function attempt(random: Random, index: number): { channel: string; outcome: string } {
  const channel = random.weighted([["email", 50], ["call", 42], ["meeting", index === 0 ? 3 : 14]] as const);
  if (channel === "email") return { channel, outcome: random.weighted([["replied", 32], ["no-answer", 64], ["bounced", 4]] as const) };
  if (channel === "call") return { channel, outcome: random.weighted([["reached", 38], ["voicemail", 32], ["no-answer", 24], ["scheduled", 6]] as const) };
  return { channel, outcome: random.weighted([["reached", 85], ["no-answer", 15]] as const) };
}

function finalStatus(random: Random, reached: boolean, stageRank: number, age: number, owner: SeedOwner): LeadStatus {
  if (!reached) return random.weighted([["contacted", 65], ["nurturing", 15], ["lost", 20]] as const);
  const young = age < 7 * DAY;
  return random.weighted([
    ["contacted", 12],
    ["qualified", 24],
    ["nurturing", 22],
    ["won", (4 + 5 * stageRank) * owner.winSkill * (young ? 0.25 : 1)],
    ["lost", 18 * (young ? 0.3 : 1)],
  ] as const);
}

function statusPath(random: Random, status: LeadStatus): LeadStatus[] {
  switch (status) {
    case "new":
      return [];
    case "contacted":
      return ["contacted"];
    case "qualified":
      return ["contacted", "qualified"];
    case "nurturing":
      return random.chance(0.5) ? ["contacted", "nurturing"] : ["contacted", "qualified", "nurturing"];
    case "won":
      return ["contacted", "qualified", "won"];
    case "lost":
      return random.chance(0.6) ? ["contacted", "lost"] : ["contacted", "qualified", "lost"];
  }
}

/** What the sales team did with one lead by `now`: owner, contact attempts, status history. */
export function planSalesWork(
  random: Random,
  lead: { firstAt: number; stageRank: number; isTest: boolean; doNotContact: boolean },
  owner: SeedOwner,
  now: number,
): SalesWork {
  if (lead.isTest || lead.doNotContact) return untouched();
  const age = now - lead.firstAt;
  if (!random.chance(age >= 2 * DAY ? 0.92 : age >= DAY ? 0.8 : 0.35)) return untouched();

  const work = untouched();
  work.ownerId = owner.id;
  work.assignedAt = Math.min(now, lead.firstAt + MINUTE + Math.floor(random.exponential(90 * MINUTE, 18 * HOUR)));
  work.lastTouchedAt = work.assignedAt;
  const firstContact = firstContactTime(random, lead.firstAt, work.assignedAt, owner, now);
  if (firstContact === null) return work;

  const times = [firstContact];
  const planned = random.weighted([[1, 28], [2, 26], [3, 20], [4, 12], [5, 8], [6, 6]] as const);
  while (times.length < planned) {
    const next = times[times.length - 1]! + HOUR + Math.floor(random.exponential(3 * DAY, 20 * DAY));
    if (next > now) break;
    times.push(next);
  }
  let reached = false;
  times.forEach((occurredAt, index) => {
    const { channel, outcome } = attempt(random, index);
    reached ||= REACHED.has(outcome);
    const body = REACHED.has(outcome) && random.chance(0.3) ? random.pick(NOTES) : undefined;
    work.activities.push({ kind: "attempt", actorId: owner.id, occurredAt, channel, outcome, body });
  });
  const lastContact = times[times.length - 1]!;
  work.firstContactAt = firstContact;
  work.lastContactAt = lastContact;
  work.contactAttempts = times.length;

  const status = finalStatus(random, reached, lead.stageRank, age, owner);
  work.status = status;
  let end = lastContact;
  if (status === "won" || status === "lost") {
    work.closedAt = Math.min(now, lastContact + HOUR + Math.floor(random.exponential(2 * DAY, 14 * DAY)));
    end = work.closedAt;
    if (status === "lost" && random.chance(0.75)) work.lostReason = reached ? random.pick(LOST_REASONS) : "No response";
  } else {
    const gap = status === "nurturing" ? random.int(7, 14) * DAY : random.int(2, 5) * DAY;
    work.nextTouchDueAt = lastContact + gap;
  }

  const path = statusPath(random, status);
  let previous: LeadStatus = "new";
  path.forEach((toValue, index) => {
    // "contacted" is set just after the first attempt; the final step lands at the end, the rest in between.
    const occurredAt =
      index === 0 ? Math.min(now, firstContact + 1000) : index === path.length - 1 ? end : firstContact + Math.floor(((end - firstContact) * index) / path.length);
    work.activities.push({ kind: "status", actorId: owner.id, occurredAt, fromValue: previous, toValue });
    previous = toValue;
  });
  work.lastTouchedAt = Math.max(work.lastTouchedAt, end, ...work.activities.map((activity) => activity.occurredAt));
  return work;
}
