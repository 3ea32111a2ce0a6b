import { beforeAll, describe, expect, it } from "vitest";
import { parseLeadQuery } from "@/lib/leads/lead-query-schema";
import { listLeads } from "@/lib/leads/list-leads";
import { resolveAnalyticsFilters } from "./analytics-period";
import { parseAnalyticsQuery } from "./analytics-query-schema";
import { createAnalyticsDataset, NOW, type AnalyticsDataset } from "./analytics-test-dataset";
import { getLeadTrends, type TrendTable } from "./get-lead-trends";

let data: AnalyticsDataset;

beforeAll(async () => {
  data = await createAnalyticsDataset();
});

async function trends(search: Record<string, string | string[]> = {}) {
  const parsed = parseAnalyticsQuery({ period: "all", ...search });
  if (!parsed.ok) throw new Error(parsed.message);
  return getLeadTrends(resolveAnalyticsFilters(parsed.query, NOW), parsed.query.interval, { userId: data.users.mia.id });
}

/** A trend table as { bucket: { series: count } }, leaving out zero cells. */
function cells(table: TrendTable) {
  return Object.fromEntries(
    table.rows.map((row) => [row.bucket, Object.fromEntries(Object.entries(row.counts).filter(([, count]) => count > 0))]),
  );
}

describe("lead trends", () => {
  it("counts new leads per ISO week by latest source and by latest action, without test or do-not-contact leads", async () => {
    const report = await trends();
    expect(report.interval).toBe("week");
    expect(report.bySource.series).toEqual([
      { key: "AzureMarketplace", label: "AzureMarketplace", total: 5 },
      { key: "AppSource (SPZA)", label: "AppSource (SPZA)", total: 3 },
      { key: "AzurePortal", label: "AzurePortal", total: 2 },
    ]);
    expect(cells(report.bySource)).toEqual({
      "2026-05-25": { AzureMarketplace: 1 },
      "2026-06-01": { "AppSource (SPZA)": 1, AzureMarketplace: 2 },
      "2026-06-08": { AzureMarketplace: 1, AzurePortal: 2, "AppSource (SPZA)": 2 },
      "2026-06-15": { AzureMarketplace: 1 },
    });
    expect(cells(report.byAction)).toEqual({
      "2026-05-25": { INS: 1 },
      "2026-06-01": { PLT: 1, StartTestDrive: 2 },
      "2026-06-08": { INS: 1, Create: 2, PLT: 2 },
      "2026-06-15": { INS: 1 },
    });
    expect(report.byAction.rows.map((row) => row.total)).toEqual([1, 3, 5, 1]);
  });

  it("counts per UTC day, with the quiet days of the chosen range as zeros", async () => {
    const report = await trends({ interval: "day", from: "2026-06-07", to: "2026-06-10" });
    expect(report.bySource.rows.map((row) => [row.bucket, row.total])).toEqual([
      ["2026-06-07", 0],
      ["2026-06-08", 1],
      ["2026-06-09", 1],
      ["2026-06-10", 1],
    ]);
    expect(cells(report.bySource)["2026-06-09"]).toEqual({ AzurePortal: 1 });
  });

  it("compares offers by volume and by win rate among closed leads", async () => {
    const { offers } = await trends();
    expect(offers.map(({ offerKey, leads, won, lost, winRate }) => ({ offerKey, leads, won, lost, winRate }))).toEqual([
      { offerKey: "contoso.crm", leads: 6, won: 1, lost: 1, winRate: 1 / 2 },
      { offerKey: "fabrikam.backup", leads: 4, won: 1, lost: 2, winRate: 1 / 3 },
    ]);
    const usa = await trends({ country: "USA", owner: data.users.ann.id });
    // a2, a6 (not closed), b4 (lost)
    expect(usa.offers.map(({ leads, winRate }) => ({ leads, winRate }))).toEqual([
      { leads: 2, winRate: null },
      { leads: 1, winRate: 0 },
    ]);
  });

  it("links each day or week, and each offer, to the lead table listing the same leads", async () => {
    const searches: Record<string, string>[] = [{}, { interval: "day", source: "AzureMarketplace" }, { from: "2026-06-02", to: "2026-06-09", offer: data.offers.A }];
    for (const search of searches) {
      const report = await trends(search);
      const links = [
        ...report.bySource.rows.map((row) => [row.leadsUrl, row.total] as const),
        ...report.offers.map((offer) => [offer.leadsUrl, offer.leads] as const),
      ];
      for (const [link, expected] of links) {
        const parsed = parseLeadQuery(new URL(link, "http://localhost").searchParams);
        if (!parsed.ok) throw new Error(parsed.message);
        const { total } = await listLeads(parsed.query, { userId: data.users.mia.id, now: NOW, dueSoonMs: 0 });
        expect(total, link).toBe(expected);
      }
    }
  });
});
