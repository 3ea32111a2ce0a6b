/**
 * `npm run bench [-- --ingest N]`: prints how fast the lead table, queue, export and ingest are on
 * the database at DATABASE_URL (seed one first: `npm run seed -- --leads 1000000`). Ingest posts N
 * Partner-Center-style test leads (MSFT_TEST_ values: kept out of queues and charts).
 */
import { existsSync } from "node:fs";
import { receiveLead } from "@/app/api/leads/_post";
import { databaseProvider, db, disconnectDb } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { listFollowUpQueue } from "@/lib/follow-up/list-follow-up-queue";
import { exportLeadsCsv } from "@/lib/leads/export-leads";
import { parseLeadQuery } from "@/lib/leads/lead-query-schema";
import { listLeads } from "@/lib/leads/list-leads";

if (existsSync(".env")) process.loadEnvFile(".env");

function arg(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name}: expected a whole number`);
  return value;
}

async function timed<T>(runs: number, work: () => Promise<T>): Promise<{ medianMs: number; result: T }> {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, result };
}

const pad = (text: string, width: number) => text.padEnd(width);
const ms = (value: number) => `${value.toFixed(1).padStart(8)} ms`;

async function main() {
  await migrateDatabase();
  const total = await db.lead.count();
  const user = await db.user.findFirst({ where: { role: "rep" }, select: { id: true } }) ?? (await db.user.findFirstOrThrow({ select: { id: true } }));
  const offer = await db.offer.findFirst({ where: { offerKey: { not: "bench.offer" } }, orderBy: { offerKey: "asc" }, select: { id: true } });
  console.log(`Database: ${databaseProvider()}, ${total.toLocaleString("en-US")} leads\n`);

  const context = { userId: user.id, now: new Date(), dueSoonMs: 4 * 3600_000 };
  const views: [string, Record<string, string | string[]>][] = [
    ["default view (newest 50)", {}],
    ["page 200 of the default view", { page: "200" }],
    ["search \"smith\"", { q: "smith" }],
    ["offer + status filter", { offer: offer?.id ?? "none", status: ["new", "contacted"] }],
    ["overdue follow-ups", { followUp: "overdue" }],
    ["my leads, sorted by due time", { owner: "me", sort: "followUp", dir: "asc" }],
    ["sort by company", { sort: "company", dir: "asc" }],
    ["received in the last 30 days", { from: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10) }],
    ["reached won", { reached: "won" }],
  ];
  console.log("Lead table (rows + count, median of 5)");
  for (const [label, input] of views) {
    const parsed = parseLeadQuery(input);
    if (!parsed.ok) throw new Error(parsed.message);
    const { medianMs, result } = await timed(5, () => listLeads(parsed.query, context));
    console.log(`  ${pad(label, 34)}${ms(medianMs)}   ${result.total.toLocaleString("en-US")} matching`);
  }

  const queue = await timed(5, () => listFollowUpQueue(user.id));
  console.log(`\n  ${pad("follow-up queue", 34)}${ms(queue.medianMs)}   ${queue.result.total.toLocaleString("en-US")} needing a touch`);

  const exportQuery = parseLeadQuery({});
  if (!exportQuery.ok) throw new Error(exportQuery.message);
  const limit = Math.min(total, arg("export", 100_000));
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  let rows = 0;
  let bytes = 0;
  const exportStart = performance.now();
  for await (const chunk of exportLeadsCsv(exportQuery.query, context)) {
    bytes += Buffer.byteLength(chunk);
    rows += chunk.split("\r\n").length - 1;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (rows > limit) break;
  }
  const exportSeconds = (performance.now() - exportStart) / 1000;
  console.log(
    `\nCSV export: ${rows.toLocaleString("en-US")} lines, ${(bytes / 1e6).toFixed(1)} MB in ${exportSeconds.toFixed(1)} s ` +
      `(${Math.round(rows / exportSeconds).toLocaleString("en-US")} rows/s); memory grew ${((peakRss - rssBefore) / 1e6).toFixed(0)} MB at most`,
  );

  const ingest = arg("ingest", 200);
  if (ingest > 0) {
    process.env.LEAD_INGEST_KEY ||= `bench-${Date.now()}`;
    const stamp = Date.now();
    const latencies: number[] = [];
    const start = performance.now();
    for (let i = 0; i < ingest; i++) {
      const body = JSON.stringify({
        UserDetails: { FirstName: `MSFT_TEST_${stamp}${i}`, Email: `MSFT_TEST_${stamp}${i}@test.com` },
        LeadSource: "AzureMarketplace-INS|bench.offer",
        OfferTitle: "Benchmark offer",
      });
      const url = `http://localhost/api/leads?key=${encodeURIComponent(process.env.LEAD_INGEST_KEY)}`;
      const began = performance.now();
      const response = await receiveLead(new Request(url, { method: "POST", body }));
      latencies.push(performance.now() - began);
      if (response.status !== 201) throw new Error(`ingest answered ${response.status}: ${await response.text()}`);
    }
    const seconds = (performance.now() - start) / 1000;
    latencies.sort((a, b) => a - b);
    const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
    console.log(
      `\nIngest: ${ingest} deliveries one after another in ${seconds.toFixed(1)} s (${Math.round(ingest / seconds)}/s); ` +
        `latency p50 ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms, p99 ${p(0.99).toFixed(1)} ms`,
    );
  }
  await disconnectDb();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
