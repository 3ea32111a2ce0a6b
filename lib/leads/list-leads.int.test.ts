import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { postLead } from "@/lib/testing/post-lead";
import { createTestUser } from "@/lib/testing/test-users";
import type { SessionUser } from "@/lib/auth/session-user";
import { exportLeadsCsv } from "./export-leads";
import { parseLeadQuery, type LeadQuery } from "./lead-query-schema";
import { listLeads } from "./list-leads";

/**
 * A hand-made set of leads with known values, and for every filter and sort the exact leads the
 * database must return.
 */
const HOUR = 3600_000;
const now = new Date("2026-06-15T12:00:00Z");
let me: SessionUser;
let other: SessionUser;
const ids: Record<string, string> = {};

interface Seed {
  key: string;
  first: string;
  company: string;
  title: string;
  country: string;
  leadSource: string;
  received: string;
  owner?: "me" | "other";
  status?: string;
  firstContactAt?: string | null;
}

const SEEDS: Seed[] = [
  { key: "ana", first: "Ana", company: "Alpha Corp", title: "CTO", country: "France", leadSource: "AppSource (SPZA)-PLT|contoso.crm", received: "2026-06-15T10:00:00Z" },
  { key: "ben", first: "Ben", company: "Beta LLC", title: "Buyer", country: "USA", leadSource: "AzureMarketplace-INS|contoso.crm", received: "2026-06-14T09:00:00Z", owner: "me", status: "contacted", firstContactAt: "2026-06-14T20:00:00Z" },
  { key: "cai", first: "Cai", company: "Gamma GmbH", title: "Architect", country: "Germany", leadSource: "AzurePortal-Create|fabrikam.backup", received: "2026-06-13T08:00:00Z", owner: "other", status: "qualified", firstContactAt: "2026-06-15T08:00:00Z" },
  { key: "dee", first: "Dee", company: "Delta Ltd", title: "Analyst", country: "USA", leadSource: "AzureMarketplace-StartTestDrive|fabrikam.backup", received: "2026-06-14T14:00:00Z", owner: "me" },
  { key: "eve", first: "Eve", company: "Epsilon", title: "Head of IT", country: "India", leadSource: "AppSource (SPZA)-DNC|contoso.crm", received: "2026-06-12T12:00:00Z" },
  { key: "fay", first: "MSFT_TEST_1", company: "MSFT_TEST_1", title: "", country: "US", leadSource: "AzureMarketplace-INS|contoso.crm", received: "2026-06-15T11:00:00Z" },
  { key: "gus", first: "Gus", company: "Zeta, \"Inc\"", title: "=cmd|' /C calc'!A0", country: "France", leadSource: "AzureMarketplace-PLT|fabrikam.backup", received: "2026-05-01T12:00:00Z", status: "lost" },
];

async function query(input: Record<string, string | string[]>) {
  const parsed = parseLeadQuery(input);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.query;
}

async function keysFor(input: Record<string, string | string[]>, user = me) {
  const { rows, total } = await listLeads(await query(input), { userId: user.id, now, dueSoonMs: 4 * HOUR });
  const byId = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  const keys = rows.map((r) => byId[r.id]);
  expect(total).toBe(keys.length);
  return keys;
}

beforeAll(async () => {
  me = await createTestUser("rep", "Me Rep");
  other = await createTestUser("rep", "Other Rep");
  for (const seed of SEEDS) {
    const { json } = await postLead({
      UserDetails: { FirstName: seed.first, LastName: "Lead", Email: `${seed.first.toLowerCase()}@${seed.key}.example`, Company: seed.company, Title: seed.title, Country: seed.country },
      LeadSource: seed.leadSource,
    });
    const id = json.leadId!;
    ids[seed.key] = id;
    const received = new Date(seed.received);
    const lead = await db.lead.findUniqueOrThrow({ where: { id } });
    const due = lead.followUpDueAt ? new Date(received.getTime() + 24 * HOUR) : null;
    const firstContactAt = seed.firstContactAt ? new Date(seed.firstContactAt) : null;
    const statusRank = ["new", "contacted", "qualified", "nurturing", "won", "lost"].indexOf(seed.status ?? "new");
    await db.lead.update({
      where: { id },
      data: {
        firstReceivedAt: received,
        lastReceivedAt: received,
        followUpDueAt: due,
        firstContactAt,
        followUpResult: firstContactAt && due ? (firstContactAt <= due ? "met" : "missed") : null,
        ownerId: seed.owner === "me" ? me.id : seed.owner === "other" ? other.id : null,
        status: seed.status ?? "new",
        statusRank,
        qualifiedAt: seed.status === "qualified" ? received : null,
      },
    });
  }
});

describe("lead table filters", () => {
  it("hides test and do-not-contact leads by default, and shows or isolates them on request", async () => {
    expect((await keysFor({})).sort()).toEqual(["ana", "ben", "cai", "dee", "gus"]);
    expect(await keysFor({ test: "only" })).toEqual(["fay"]);
    expect(await keysFor({ dnc: "only" })).toEqual(["eve"]);
    expect((await keysFor({ test: "show", dnc: "show" })).length).toBe(7);
  });

  it("searches name, email, company and title, case-insensitively", async () => {
    expect(await keysFor({ q: "ALPHA corp" })).toEqual(["ana"]);
    expect((await keysFor({ q: "ana" })).sort()).toEqual(["ana", "dee"]); // "Analyst" too
    expect(await keysFor({ q: "gamma" })).toEqual(["cai"]);
    expect(await keysFor({ q: "head of it", dnc: "show" })).toEqual(["eve"]);
    expect(await keysFor({ q: "@ben.example" })).toEqual(["ben"]);
    expect(await keysFor({ q: "nobody-matches" })).toEqual([]);
  });

  it("filters by offer, source, action, stage and status", async () => {
    const backup = await db.offer.findUniqueOrThrow({ where: { offerKey: "fabrikam.backup" } });
    expect((await keysFor({ offer: backup.id })).sort()).toEqual(["cai", "dee", "gus"]);
    expect(await keysFor({ source: "AzurePortal" })).toEqual(["cai"]);
    expect((await keysFor({ action: ["INS", "Create"] })).sort()).toEqual(["ben", "cai"]);
    expect((await keysFor({ stage: "active" })).sort()).toEqual(["ben", "cai"]);
    expect(await keysFor({ stage: "trial" })).toEqual(["dee"]);
    expect(await keysFor({ stage: "none", dnc: "show" })).toEqual(["eve"]);
    expect(await keysFor({ status: "lost" })).toEqual(["gus"]);
    expect((await keysFor({ status: ["contacted", "qualified"] })).sort()).toEqual(["ben", "cai"]);
  });

  it("filters by owner: me, unassigned, or a named user", async () => {
    expect((await keysFor({ owner: "me" })).sort()).toEqual(["ben", "dee"]);
    expect((await keysFor({ owner: "unassigned" })).sort()).toEqual(["ana", "gus"]);
    expect(await keysFor({ owner: other.id })).toEqual(["cai"]);
    expect((await keysFor({ owner: ["me", "unassigned"] })).sort()).toEqual(["ana", "ben", "dee", "gus"]);
  });

  it("filters by follow-up state at a given moment", async () => {
    // now = 06-15 12:00. ana due 06-16 10:00 (22 h: pending); dee due 06-15 14:00 (2 h: due soon);
    // gus due 05-02 (overdue); ben contacted within 24 h (met); cai contacted after 24 h (missed).
    expect(await keysFor({ followUp: "pending" })).toEqual(["ana"]);
    expect(await keysFor({ followUp: "due-soon" })).toEqual(["dee"]);
    expect(await keysFor({ followUp: "overdue" })).toEqual(["gus"]);
    expect(await keysFor({ followUp: "met" })).toEqual(["ben"]);
    expect(await keysFor({ followUp: "missed" })).toEqual(["cai"]);
    expect((await keysFor({ followUp: "none", test: "show", dnc: "show" })).sort()).toEqual(["eve", "fay"]);
    expect((await keysFor({ followUp: ["overdue", "due-soon"] })).sort()).toEqual(["dee", "gus"]);
  });

  it("filters by country and by received date range (whole UTC days)", async () => {
    expect((await keysFor({ country: "USA" })).sort()).toEqual(["ben", "dee"]);
    expect((await keysFor({ from: "2026-06-14", to: "2026-06-14" })).sort()).toEqual(["ben", "dee"]);
    expect((await keysFor({ from: "2026-06-13" })).sort()).toEqual(["ana", "ben", "cai", "dee"]);
    expect(await keysFor({ to: "2026-05-31" })).toEqual(["gus"]);
  });

  it("filters by the furthest funnel step reached, as the analytics funnel counts it", async () => {
    expect((await keysFor({ reached: "interest" })).sort()).toEqual(["ana", "ben", "cai", "dee", "gus"]);
    expect((await keysFor({ reached: "trial" })).sort()).toEqual(["ben", "cai", "dee"]);
    expect((await keysFor({ reached: "active" })).sort()).toEqual(["ben", "cai"]);
    expect((await keysFor({ reached: "contacted" })).sort()).toEqual(["ben", "cai"]);
    expect(await keysFor({ reached: "qualified" })).toEqual(["cai"]);
    expect(await keysFor({ reached: "won" })).toEqual([]);
  });

  it("names the parameter of a bad query", () => {
    expect(parseLeadQuery({ stage: "hot" })).toMatchObject({ ok: false, field: "stage" });
    expect(parseLeadQuery({ sort: "password" })).toMatchObject({ ok: false, field: "sort" });
    expect(parseLeadQuery({ from: "2026-13-45" })).toMatchObject({ ok: false, field: "from" });
    expect(parseLeadQuery({ to: "2026-02-30" })).toMatchObject({ ok: false, field: "to" });
    expect(parseLeadQuery({ to: "2028-02-29" })).toMatchObject({ ok: true });
    expect(parseLeadQuery({ from: "2026-06-10", to: "2026-06-01" })).toMatchObject({ ok: false, field: "to" });
    expect(parseLeadQuery({ size: "7" })).toMatchObject({ ok: false, field: "size" });
  });
});

describe("lead table sorting and paging", () => {
  it.each([
    ["contact", "asc", ["ana", "ben", "cai", "dee", "gus"]],
    ["contact", "desc", ["gus", "dee", "cai", "ben", "ana"]],
    ["company", "asc", ["ana", "ben", "dee", "cai", "gus"]],
    ["received", "desc", ["ana", "dee", "ben", "cai", "gus"]],
    ["received", "asc", ["gus", "cai", "ben", "dee", "ana"]],
    ["stage", "desc", ["cai", "ben", "dee", "gus", "ana"]],
    ["status", "asc", ["ana", "dee", "ben", "cai", "gus"]],
    ["country", "asc", ["ana", "gus", "cai", "ben", "dee"]],
    ["followUp", "asc", ["gus", "cai", "ben", "dee", "ana"]],
    ["title", "asc", ["gus", "dee", "cai", "ben", "ana"]],
  ] as const)("sorts by %s %s", async (sort, dir, expected) => {
    const keys = await keysFor({ sort, dir });
    if (sort === "stage" || sort === "status" || sort === "country") {
      // These have ties; rows with equal values follow id order. Check the values are in order.
      const rows = await db.lead.findMany({ where: { id: { in: keys.map((k) => ids[k!]!) } } });
      const field = { stage: "stageRank", status: "statusRank", country: "country" }[sort] as "stageRank" | "statusRank" | "country";
      const valueOf = (key: string) => rows.find((r) => r.id === ids[key])![field];
      const values = keys.map((k) => valueOf(k!));
      const ordered = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(values).toEqual(dir === "asc" ? ordered : ordered.reverse());
      expect([...keys].sort()).toEqual([...expected].sort());
      return;
    }
    expect(keys).toEqual(expected);
  });

  it("sorts by owner name and by every other column without error", async () => {
    const byOwner = await keysFor({ sort: "owner", dir: "asc" });
    expect(byOwner.indexOf("ben")).toBeLessThan(byOwner.indexOf("cai")); // "Me Rep" < "Other Rep"
    for (const sort of ["offer", "source", "action", "attempts", "nextTouch"]) {
      expect((await keysFor({ sort, dir: "desc" })).length).toBe(5);
    }
  });

  it("pages without overlap or gaps", async () => {
    const all = await keysFor({ sort: "contact", dir: "asc", size: "25" });
    const parsed = (await query({ sort: "contact", dir: "asc", size: "25" })) as LeadQuery;
    const page1 = await listLeads({ ...parsed, size: 2 as never, page: 1 }, { userId: me.id, now, dueSoonMs: 4 * HOUR });
    const page3 = await listLeads({ ...parsed, size: 2 as never, page: 3 }, { userId: me.id, now, dueSoonMs: 4 * HOUR });
    expect(page1.total).toBe(5);
    expect(page1.rows.map((r) => r.id)).toEqual([ids[all[0]!], ids[all[1]!]]);
    expect(page3.rows.map((r) => r.id)).toEqual([ids[all[4]!]]);
  });
});

describe("CSV export", () => {
  async function exportText(input: Record<string, string | string[]>, batchSize?: number) {
    let text = "";
    for await (const chunk of exportLeadsCsv(await query(input), { userId: me.id, now, dueSoonMs: 4 * HOUR }, batchSize)) text += chunk;
    return text;
  }

  it("exports exactly the leads of the view, in its order, across many batches", async () => {
    const text = await exportText({ sort: "contact", dir: "asc", test: "show", dnc: "show" }, 2);
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toMatch(/^Lead id,First received/);
    expect(lines.length).toBe(1 + 7);
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(
      (await keysFor({ sort: "contact", dir: "asc", test: "show", dnc: "show" })).map((k) => ids[k!]),
    );
  });

  it.each(["stage", "status", "country", "source", "owner", "received"])(
    "exports every lead once when sorting by %s, across batches that split ties",
    async (sort) => {
      for (const dir of ["asc", "desc"]) {
        const text = await exportText({ sort, dir, test: "show", dnc: "show" }, 2);
        const exported = text.trim().split("\r\n").slice(1).map((l) => l.split(",")[0]);
        const listed = (await keysFor({ sort, dir, test: "show", dnc: "show" })).map((k) => ids[k!]);
        expect(exported).toEqual(listed);
      }
    },
  );

  it("quotes commas and quotes, and neutralises formula-like cells", async () => {
    const text = await exportText({ q: "zeta" });
    expect(text).toContain('"Zeta, ""Inc"""');
    expect(text).toContain(`'=cmd|' /C calc'!A0`);
    expect(text).not.toMatch(/,=cmd/);
  });
});
