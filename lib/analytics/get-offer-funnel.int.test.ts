import { beforeAll, describe, expect, it } from "vitest";
import { FUNNEL_STEPS } from "@/lib/leads/funnel-steps";
import { parseLeadQuery } from "@/lib/leads/lead-query-schema";
import { listLeads } from "@/lib/leads/list-leads";
import { parseAnalyticsQuery } from "./analytics-query-schema";
import { resolveAnalyticsFilters } from "./analytics-period";
import { createAnalyticsDataset, NOW, type AnalyticsDataset } from "./analytics-test-dataset";
import { getOfferFunnel, type OfferFunnel } from "./get-offer-funnel";

let data: AnalyticsDataset;

beforeAll(async () => {
  data = await createAnalyticsDataset();
});

function filtersOf(search: Record<string, string | string[]>) {
  const parsed = parseAnalyticsQuery({ period: "all", ...search });
  if (!parsed.ok) throw new Error(parsed.message);
  return resolveAnalyticsFilters(parsed.query, NOW);
}

async function funnel(search: Record<string, string | string[]> = {}) {
  return getOfferFunnel(filtersOf(search), { userId: data.users.mia.id });
}

const counts = (funnel: OfferFunnel) => funnel.steps.map((step) => step.leads);

/** How many leads the lead table lists behind a link, read as the lead table reads its URL. */
async function leadTableTotal(link: string): Promise<number> {
  const parsed = parseLeadQuery(new URL(link, "http://localhost").searchParams);
  if (!parsed.ok) throw new Error(parsed.message);
  const { total } = await listLeads(parsed.query, { userId: data.users.mia.id, now: NOW, dueSoonMs: 4 * 3_600_000 });
  return total;
}

describe("the funnel per offer", () => {
  it("counts the leads reaching each step, for all offers and for each, without test or do-not-contact leads", async () => {
    const report = await funnel();
    //                                 interest trial active contacted qualified won
    expect(counts(report.total)).toEqual([10, 7, 5, 7, 3, 2]);
    expect(report.total.title).toBe("All offers");
    expect(report.offers.map((o) => o.offerKey)).toEqual(["contoso.crm", "fabrikam.backup"]); // biggest first
    expect(counts(report.offers[0]!)).toEqual([6, 4, 3, 4, 2, 1]);
    expect(counts(report.offers[1]!)).toEqual([4, 3, 2, 3, 1, 1]);
    expect(report.excluded).toEqual({ test: 2, doNotContact: 1 });
  });

  it("gives the conversion from each step to the next and from interest", async () => {
    const { total } = await funnel();
    expect(total.steps.map((s) => s.step)).toEqual([...FUNNEL_STEPS]);
    expect(total.steps[0]!.conversion).toBeNull();
    expect(total.steps[1]!.conversion).toBeCloseTo(7 / 10, 10);
    expect(total.steps[2]!.conversion).toBeCloseTo(5 / 7, 10);
    // Sales steps count every lead the team worked, interest-only leads too, so this can pass 100 %.
    expect(total.steps[3]!.conversion).toBeCloseTo(7 / 5, 10);
    expect(total.steps[4]!.conversion).toBeCloseTo(3 / 7, 10);
    expect(total.steps[5]!.conversion).toBeCloseTo(2 / 3, 10);
    expect(total.steps.map((s) => s.ofInterest)).toEqual([1, 0.7, 0.5, 0.7, 0.3, 0.2]);
  });

  it("applies the offer, source, country, owner and received-date filters", async () => {
    expect(counts((await funnel({ offer: data.offers.B })).total)).toEqual([4, 3, 2, 3, 1, 1]);
    expect((await funnel({ offer: data.offers.B })).offers.map((o) => o.offerId)).toEqual([data.offers.B]);
    expect((await funnel({ offer: [data.offers.A, data.offers.B] })).total.title).toBe("Selected offers");
    // a2 a3 a6 b1 b4
    expect(counts((await funnel({ source: "AzureMarketplace" })).total)).toEqual([5, 5, 3, 4, 3, 2]);
    // a4 b3
    expect(counts((await funnel({ country: "Germany" })).total)).toEqual([2, 1, 1, 2, 0, 0]);
    // "me" is Mia: b2 only
    expect(counts((await funnel({ owner: "me" })).total)).toEqual([1, 1, 1, 0, 0, 0]);
    // a5 only
    expect(counts((await funnel({ owner: "unassigned" })).total)).toEqual([1, 0, 0, 0, 0, 0]);
    // Whole UTC days: a3 at Monday 00:00 is in, a4 at Tuesday 00:00 and b4 a millisecond before June are out.
    expect(counts((await funnel({ from: "2026-06-01", to: "2026-06-08" })).total)).toEqual([4, 3, 1, 4, 3, 2]);
    // The excluded note follows the filters: t1 and d1 are offer A's.
    expect((await funnel({ offer: data.offers.A })).excluded).toEqual({ test: 1, doNotContact: 1 });
    expect((await funnel({ from: "2026-06-06" })).excluded).toEqual({ test: 0, doNotContact: 1 });
  });

  it("counts from today back over the default period of 90 days", async () => {
    const parsed = parseAnalyticsQuery({});
    if (!parsed.ok) throw new Error(parsed.message);
    const filters = resolveAnalyticsFilters(parsed.query, new Date("2026-08-30T12:00:00Z"));
    expect(filters).toMatchObject({ from: "2026-06-02", to: "2026-08-30" });
    // b4 and a1 arrived before 2 June.
    expect(counts((await getOfferFunnel(filters, { userId: data.users.mia.id })).total)).toEqual([8, 6, 4, 5, 3, 2]);
  });

  it.each([
    ["no filter", {}],
    ["one offer", { offer: "A" }],
    ["two offers", { offer: ["A", "B"] }],
    ["a source", { source: "AppSource (SPZA)" }],
    ["a country", { country: ["USA", "France"] }],
    ["my leads", { owner: "me" }],
    ["a rep and the unassigned", { owner: ["ann", "unassigned"] }],
    ["a date range", { from: "2026-06-01", to: "2026-06-08" }],
    ["everything at once", { offer: "B", country: "USA", owner: ["ann", "bob"], from: "2026-05-31" }],
  ])("links every step to the lead table listing exactly the leads counted: %s", async (_name, raw) => {
    const search = Object.fromEntries(
      Object.entries(raw).map(([key, value]) => {
        const values = ([] as string[]).concat(value as string | string[]);
        const resolved = values.map((v) => (v === "A" || v === "B" ? data.offers[v] : v === "ann" || v === "bob" ? data.users[v].id : v));
        return [key, resolved];
      }),
    );
    const report = await funnel(search);
    let checked = 0;
    for (const offerFunnel of [report.total, ...report.offers]) {
      for (const step of offerFunnel.steps) {
        expect(step.leadsUrl).toMatch(new RegExp(`^/leads\\?.*reached=${step.step}`));
        expect(await leadTableTotal(step.leadsUrl), `${offerFunnel.title} · ${step.step}`).toBe(step.leads);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(FUNNEL_STEPS.length);
  });
});
