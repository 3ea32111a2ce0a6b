import { db } from "@/lib/db/client";
import type { AnalyticsFilters } from "./analytics-query-schema";
import { countFollowUpOutcomes, type FollowUpOutcomeRow } from "./count-follow-up-outcomes";
import { countNurtureDepth } from "./count-nurture-depth";
import { firstContactPercentiles, type FirstContactTimes } from "./first-contact-percentiles";
import type { LeadSetContext } from "./lead-set-sql";
import { leadTableLink } from "./lead-table-link";
import { nurtureDepth, type NurtureDepth } from "./nurture-depth";
import { ratio } from "./ratio";

/**
 * The 24-hour rule in figures. A lead counts once its outcome is known: contacted within 24 hours
 * (met), contacted late (missed), or not contacted and past its deadline (overdue, as good as
 * missed). Leads still inside their 24 hours wait outside the share.
 */
export interface Compliance {
  met: number;
  missed: number;
  overdue: number;
  waiting: number;
  /** met ÷ (met + missed + overdue). */
  withinShare: number | null;
}

export interface TimeToFirstContact {
  contacted: number;
  medianMs: number | null;
  p90Ms: number | null;
}

export interface WeekCompliance extends Compliance {
  /** The Monday (UTC) of the ISO week the leads first arrived in. */
  week: string;
}

export interface RepCompliance extends Compliance, TimeToFirstContact {
  /** null: leads nobody owns yet. */
  ownerId: string | null;
  name: string;
  /** The lead table with this rep's overdue leads. */
  overdueUrl: string;
}

export interface FollowUpReport {
  overall: Compliance & TimeToFirstContact & { overdueUrl: string };
  weeks: WeekCompliance[];
  reps: RepCompliance[];
  nurture: NurtureDepth;
}

function compliance(rows: FollowUpOutcomeRow[]): Compliance {
  const sum = (key: "met" | "missed" | "overdue" | "waiting") => rows.reduce((total, row) => total + row[key], 0);
  const [met, missed, overdue, waiting] = [sum("met"), sum("missed"), sum("overdue"), sum("waiting")];
  return { met, missed, overdue, waiting, withinShare: ratio(met, met + missed + overdue) };
}

function groupBy<K>(rows: FollowUpOutcomeRow[], key: (row: FollowUpOutcomeRow) => K): Map<K, FollowUpOutcomeRow[]> {
  const groups = new Map<K, FollowUpOutcomeRow[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

function times(found: FirstContactTimes | undefined): TimeToFirstContact {
  return found ? { contacted: found.contacted, medianMs: found.medianMs, p90Ms: found.p90Ms } : { contacted: 0, medianMs: null, p90Ms: null };
}

export async function getFollowUpCompliance(filters: AnalyticsFilters, context: LeadSetContext & { now: Date }): Promise<FollowUpReport> {
  const [outcomes, overallTimes, repTimes, depth] = await Promise.all([
    countFollowUpOutcomes(filters, context),
    firstContactPercentiles(filters, context, "all"),
    firstContactPercentiles(filters, context, "owner"),
    countNurtureDepth(filters, context),
  ]);

  const weeks = [...groupBy(outcomes, (row) => row.week)]
    .map(([week, rows]) => ({ week, ...compliance(rows) }))
    .sort((a, b) => a.week.localeCompare(b.week));

  const byOwner = groupBy(outcomes, (row) => row.ownerId);
  const timesByOwner = new Map(repTimes.map((row) => [row.group, row]));
  const ownerIds = [...new Set([...byOwner.keys(), ...timesByOwner.keys()])];
  const users = await db.user.findMany({
    where: { id: { in: ownerIds.filter((id): id is string => id !== null) } },
    select: { id: true, name: true },
  });
  const names = new Map(users.map((user) => [user.id, user.name]));
  const reps = ownerIds
    .map((ownerId) => ({
      ownerId,
      name: ownerId === null ? "Unassigned" : (names.get(ownerId) ?? "Former user"),
      ...compliance(byOwner.get(ownerId) ?? []),
      ...times(timesByOwner.get(ownerId)),
      overdueUrl: leadTableLink(filters, { followUp: ["overdue"], owner: [ownerId ?? "unassigned"] }),
    }))
    // People by name, then the unassigned row last: it is a queue, not a person.
    .sort((a, b) => Number(a.ownerId === null) - Number(b.ownerId === null) || a.name.localeCompare(b.name));

  return {
    overall: { ...compliance(outcomes), ...times(overallTimes[0]), overdueUrl: leadTableLink(filters, { followUp: ["overdue"] }) },
    weeks,
    reps,
    nurture: nurtureDepth(depth),
  };
}
