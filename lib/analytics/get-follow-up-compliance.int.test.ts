import { beforeAll, describe, expect, it } from "vitest";
import { parseLeadQuery } from "@/lib/leads/lead-query-schema";
import { listLeads } from "@/lib/leads/list-leads";
import { resolveAnalyticsFilters } from "./analytics-period";
import { parseAnalyticsQuery } from "./analytics-query-schema";
import { createAnalyticsDataset, NOW, type AnalyticsDataset } from "./analytics-test-dataset";
import { getFollowUpCompliance } from "./get-follow-up-compliance";

const HOUR = 3_600_000;
let data: AnalyticsDataset;

beforeAll(async () => {
  data = await createAnalyticsDataset();
});

async function report(search: Record<string, string | string[]> = {}, now = NOW) {
  const parsed = parseAnalyticsQuery({ period: "all", ...search });
  if (!parsed.ok) throw new Error(parsed.message);
  return getFollowUpCompliance(resolveAnalyticsFilters(parsed.query, now), { userId: data.users.mia.id, now });
}

describe("follow-up compliance", () => {
  it("shares the leads contacted within 24 hours among those decided, counting overdue leads as not within", async () => {
    const { overall } = await report();
    expect(overall).toMatchObject({ met: 5, missed: 2, overdue: 2, waiting: 1 });
    expect(overall.withinShare).toBeCloseTo(5 / 9, 10);
  });

  it("groups by ISO week of arrival, Monday to Sunday in UTC", async () => {
    const { weeks } = await report();
    expect(weeks.map(({ week, met, missed, overdue, waiting }) => ({ week, met, missed, overdue, waiting }))).toEqual([
      { week: "2026-05-25", met: 1, missed: 0, overdue: 0, waiting: 0 }, // b4, Sunday 23:59:59.999
      { week: "2026-06-01", met: 2, missed: 1, overdue: 0, waiting: 0 }, // a1 a2 b1
      { week: "2026-06-08", met: 2, missed: 1, overdue: 2, waiting: 0 }, // a3 (Monday 00:00) a4 a5 b2 b3
      { week: "2026-06-15", met: 0, missed: 0, overdue: 0, waiting: 1 }, // a6
    ]);
    expect(weeks.map((w) => w.withinShare)).toEqual([1, 2 / 3, 2 / 5, null]);
  });

  it("gives each rep, and the unassigned leads, their share, contact times and overdue leads", async () => {
    const { reps } = await report();
    expect(reps.map((r) => r.name)).toEqual(["Ann Rep", "Bob Rep", "Mia Manager", "Unassigned"]);
    const rep = (name: string) => reps.find((r) => r.name === name)!;
    // ann: a1 met, a2 missed, b4 met, a6 waiting
    expect(rep("Ann Rep")).toMatchObject({ ownerId: data.users.ann.id, met: 2, missed: 1, overdue: 0, waiting: 1, withinShare: 2 / 3 });
    expect(rep("Bob Rep")).toMatchObject({ met: 3, missed: 1, overdue: 0, waiting: 0, withinShare: 3 / 4 });
    expect(rep("Mia Manager")).toMatchObject({ met: 0, missed: 0, overdue: 1, withinShare: 0, contacted: 0, medianMs: null, p90Ms: null });
    expect(rep("Unassigned")).toMatchObject({ ownerId: null, overdue: 1, withinShare: 0 });
  });

  it("takes nearest-rank median and 90th percentile of the time to first contact", async () => {
    const { overall, reps } = await report();
    // 30 min, 1 h, 2 h, 6 h, 24 h, 48 h, 54 h: rank 4 and rank 7 of 7.
    expect(overall).toMatchObject({ contacted: 7, medianMs: 6 * HOUR, p90Ms: 54 * HOUR });
    // ann: 1 h, 24 h (to the millisecond), 48 h; bob: 30 min, 2 h, 6 h, 54 h.
    expect(reps.find((r) => r.name === "Ann Rep")).toMatchObject({ contacted: 3, medianMs: 24 * HOUR, p90Ms: 48 * HOUR });
    expect(reps.find((r) => r.name === "Bob Rep")).toMatchObject({ contacted: 4, medianMs: 2 * HOUR, p90Ms: 54 * HOUR });
  });

  it("measures nurture depth on leads closed won and lost", async () => {
    const { nurture } = await report();
    expect(nurture.won).toEqual({
      closed: 2,
      averageAttempts: 3.5,
      distribution: [0, 0, 0, 1, 1, 0].map((leads, attempts) => ({ attempts, leads })),
    });
    expect(nurture.lost.closed).toBe(3);
    expect(nurture.lost.averageAttempts).toBeCloseTo(8 / 3, 10);
    expect(nurture.lost.distribution.map((d) => d.leads)).toEqual([0, 1, 1, 0, 0, 1]);
  });

  it("follows the filters, and moves waiting leads to overdue as time passes", async () => {
    const offerB = await report({ offer: data.offers.B });
    expect(offerB.overall).toMatchObject({ met: 2, missed: 1, overdue: 1, waiting: 0, contacted: 3, medianMs: 24 * HOUR, p90Ms: 54 * HOUR });
    const france = await report({ country: "France" });
    expect(france.overall).toMatchObject({ met: 1, missed: 0, overdue: 2 });
    expect(france.nurture.won.closed + france.nurture.lost.closed).toBe(0);
    const mine = await report({ owner: "me" });
    expect(mine.reps.map((r) => r.name)).toEqual(["Mia Manager"]);
    // a6 is due on 06-16 06:00; a day later it is overdue.
    const later = await report({}, new Date("2026-06-16T06:00:00.001Z"));
    expect(later.overall).toMatchObject({ overdue: 3, waiting: 0 });
    const empty = await report({ from: "2027-01-01" });
    expect(empty.overall).toMatchObject({ met: 0, missed: 0, overdue: 0, withinShare: null, contacted: 0, medianMs: null });
    expect(empty.weeks).toEqual([]);
    expect(empty.reps).toEqual([]);
    expect(empty.nurture.won).toEqual({ closed: 0, averageAttempts: null, distribution: [] });
  });

  it("links the overdue counts, everyone's and each rep's, to the lead table listing those leads", async () => {
    const searches: Record<string, string>[] = [{}, { offer: data.offers.A }, { from: "2026-06-11" }];
    for (const search of searches) {
      const { reps, overall } = await report(search);
      for (const { name, overdueUrl, overdue } of [...reps, { name: "everyone", ...overall }]) {
        const parsed = parseLeadQuery(new URL(overdueUrl, "http://localhost").searchParams);
        if (!parsed.ok) throw new Error(parsed.message);
        const { total } = await listLeads(parsed.query, { userId: data.users.mia.id, now: NOW, dueSoonMs: 4 * HOUR });
        expect(total, `${name} ${JSON.stringify(search)}`).toBe(overdue);
      }
    }
  });
});
