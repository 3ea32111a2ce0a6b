// npx tsx scripts/bench-analytics.ts [--runs N]: times every analytics query on DATABASE_URL, for a
// few typical filter sets, so a change that makes the manager's pages slow shows up in numbers.
// Seed first: DATABASE_URL=… npm run seed -- --leads 1000000
import { resolveAnalyticsFilters } from "@/lib/analytics/analytics-period";
import { parseAnalyticsQuery, type AnalyticsQuery } from "@/lib/analytics/analytics-query-schema";
import { countExcludedLeads } from "@/lib/analytics/count-excluded-leads";
import { countFollowUpOutcomes } from "@/lib/analytics/count-follow-up-outcomes";
import { countLeadsByOffer } from "@/lib/analytics/count-leads-by-offer";
import { countLeadsOverTime } from "@/lib/analytics/count-leads-over-time";
import { countNurtureDepth } from "@/lib/analytics/count-nurture-depth";
import { firstContactPercentiles } from "@/lib/analytics/first-contact-percentiles";
import { getFollowUpCompliance } from "@/lib/analytics/get-follow-up-compliance";
import { getLeadTrends } from "@/lib/analytics/get-lead-trends";
import { getOfferFunnel } from "@/lib/analytics/get-offer-funnel";
import { databaseProvider, db, disconnectDb } from "@/lib/db/client";
import { leadFilterOptions } from "@/lib/leads/lead-filter-options";

function argRuns(): number {
  const index = process.argv.indexOf("--runs");
  const runs = index >= 0 ? Number(process.argv[index + 1]) : 3;
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs: expected a whole number of at least 1");
  return runs;
}

async function time(runs: number, work: () => Promise<unknown>): Promise<{ best: number; median: number }> {
  const took: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    took.push(performance.now() - start);
  }
  took.sort((a, b) => a - b);
  return { best: took[0]!, median: took[Math.floor(took.length / 2)]! };
}

function parse(search: Record<string, string>): AnalyticsQuery {
  const parsed = parseAnalyticsQuery(search);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.query;
}

async function filterSets(): Promise<[string, AnalyticsQuery][]> {
  const latest = await db.lead.findFirst({ orderBy: { firstReceivedAt: "desc" }, select: { firstReceivedAt: true } });
  const biggest = await db.lead.groupBy({ by: ["offerId"], _count: { _all: true }, orderBy: { _count: { offerId: "desc" } }, take: 1 });
  const last = latest ? latest.firstReceivedAt.getTime() : Date.now();
  const daysBack = (days: number) => new Date(last - days * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(last).toISOString().slice(0, 10);
  return [
    ["all time, by week", parse({ period: "all" })],
    ["last 90 days", parse({ from: daysBack(90), to })],
    ["last 30 days, by day", parse({ from: daysBack(30), to, interval: "day" })],
    ["biggest offer, last 90 days", parse({ offer: biggest[0]?.offerId ?? "none", from: daysBack(90), to })],
  ];
}

async function main() {
  const runs = argRuns();
  const leads = await db.lead.count();
  const me = (await db.user.findFirst({ select: { id: true } }))?.id ?? "nobody";
  const context = { userId: me, now: new Date() };
  process.stdout.write(`${leads.toLocaleString("en-US")} leads on ${databaseProvider()}; best and median of ${runs} runs, in ms.\n`);

  const menus = await time(runs, () => leadFilterOptions());
  process.stdout.write(`\n  ${"filter menus (every page)".padEnd(44)} ${menus.best.toFixed(0).padStart(7)} ${menus.median.toFixed(0).padStart(7)}\n`);

  for (const [name, query] of await filterSets()) {
    const filters = resolveAnalyticsFilters(query, context.now);
    const interval = query.interval;
    process.stdout.write(`\n${name}\n`);
    const queries: [string, () => Promise<unknown>][] = [
      ["funnel: leads by offer and step", () => countLeadsByOffer(filters, context)],
      ["funnel: excluded test / do-not-contact", () => countExcludedLeads(filters, context)],
      ["follow-up: outcomes by week and rep", () => countFollowUpOutcomes(filters, context)],
      ["follow-up: time to first contact, all", () => firstContactPercentiles(filters, context, "all")],
      ["follow-up: time to first contact, by rep", () => firstContactPercentiles(filters, context, "owner")],
      ["follow-up: nurture depth", () => countNurtureDepth(filters, context)],
      [`trends: leads by ${interval}, source, action`, () => countLeadsOverTime(filters, context, interval)],
      ["page: funnel (all its queries)", () => getOfferFunnel(filters, context)],
      ["page: follow-up (all its queries)", () => getFollowUpCompliance(filters, context)],
      ["page: trends (all its queries)", () => getLeadTrends(filters, interval, context)],
    ];
    for (const [label, work] of queries) {
      const { best, median } = await time(runs, work);
      process.stdout.write(`  ${label.padEnd(44)} ${best.toFixed(0).padStart(7)} ${median.toFixed(0).padStart(7)}\n`);
    }
  }
}

main()
  .then(() => disconnectDb())
  .catch(async (error: unknown) => {
    process.stderr.write(`bench-analytics failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    await disconnectDb().catch(() => undefined);
    process.exitCode = 1;
  });
