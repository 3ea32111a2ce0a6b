import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { FOLLOW_UP_WINDOW_MS } from "@/lib/follow-up/follow-up-window";
import { stageFromRank } from "@/lib/leads/funnel-stage";
import { interpretDelivery } from "@/lib/leads/interpret-delivery";
import { LEAD_STATUSES } from "@/lib/leads/lead-status";
import { OFFER_CATALOGUE } from "./catalogue";
import { generateLeadBatches, seedIdPrefix, type SeedBatch } from "./generate-leads";
import { offlineSeedTeam, SEED_TEAM } from "./sales-team";
import { seedLeads } from "./seed-leads";

const NOW = new Date("2026-06-15T10:00:00.000Z");
const SEED = 42;
const LEADS = 300;

function generateAll(seed: number, batchSize: number, offerIds = new Map(OFFER_CATALOGUE.map((o) => [o.key, `offer-${o.key}`]))) {
  const all: SeedBatch = { contacts: [], leads: [], deliveries: [], events: [], activities: [] };
  for (const batch of generateLeadBatches({ seed, now: NOW, leads: LEADS, batchSize, offerIds, team: offlineSeedTeam() })) {
    for (const key of Object.keys(all) as (keyof SeedBatch)[]) (all[key] as object[]).push(...batch[key]);
  }
  return all;
}

describe("seedLeads", () => {
  it("adds the requested number of leads, each with its events and one delivery per event", async () => {
    const result = await seedLeads({ leads: LEADS, seed: SEED, now: NOW, batchSize: 70 });
    expect(result).toMatchObject({ status: "seeded", leads: LEADS });

    const leads = await db.lead.findMany({
      where: { id: { startsWith: seedIdPrefix(SEED) } },
      include: { events: { include: { delivery: true } }, deliveries: true, contact: true, offer: true },
    });
    expect(leads).toHaveLength(LEADS);
    for (const lead of leads) {
      expect(lead.events.length, lead.id).toBeGreaterThanOrEqual(1);
      expect(lead.eventCount).toBe(lead.events.length);
      expect(lead.deliveries).toHaveLength(lead.events.length);
      const events = [...lead.events].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
      events.forEach((event, index) => {
        expect(event.delivery.leadId).toBe(lead.id);
        expect(event.delivery.outcome).toBe(index === 0 ? "accepted" : "joined");
        expect(event.delivery.receivedAt.getTime()).toBe(event.receivedAt.getTime());
      });
      // The lead's stage is the furthest any event reached; its times span its events.
      const furthest = Math.max(...events.map((event) => event.stageRank));
      expect(lead.stageRank).toBe(furthest);
      expect(lead.stage).toBe(stageFromRank(furthest));
      expect(lead.firstReceivedAt.getTime()).toBe(events[0]!.receivedAt.getTime());
      expect(lead.lastReceivedAt.getTime()).toBe(events.at(-1)!.receivedAt.getTime());
      expect(lead.firstSource).toBe(events[0]!.source);
      expect(lead.latestAction).toBe(events.at(-1)!.action);
      expect(lead.lastReceivedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(lead.searchText).toBe([lead.contactName, lead.email, lead.company, lead.title].join(" ").toLowerCase());
      expect(lead.email).toBe(lead.contact.email ?? "");
    }
  });

  it("stores deliveries the real interpreter reads back as the same event, contact and offer", async () => {
    const events = await db.leadEvent.findMany({
      where: { id: { startsWith: seedIdPrefix(SEED) } },
      include: { delivery: true, lead: { include: { contact: true, offer: true } } },
    });
    expect(new Set(events.map((event) => event.canonicalHash)).size).toBe(events.length);
    const forms = new Set<string>();
    for (const event of events) {
      const interpretation = interpretDelivery(event.delivery.rawBody);
      if (!interpretation.ok) throw new Error(`${event.id}: ${interpretation.problem.message}`);
      const read = interpretation.delivery;
      expect(read.canonicalHash).toBe(event.canonicalHash);
      expect(read.canonicalJson).toBe(event.payload);
      expect({ source: read.source, action: read.action, stage: read.stage, stageRank: read.stageRank, isTest: read.isTest }).toEqual({
        source: event.source,
        action: event.action,
        stage: event.stage,
        stageRank: event.stageRank,
        isTest: event.isTest,
      });
      expect(read.contact.identityKey).toBe(event.lead.contact.identityKey);
      // Either form names the lead's offer: by publisher.offer key, or by its title.
      const offer = event.lead.offer;
      expect([offer.offerKey, `title:${offer.titleKey}`]).toContain(read.offer.key);
      forms.add(read.offer.key.startsWith("title:") ? "separate" : "combined");
    }
    expect(forms).toEqual(new Set(["separate", "combined"]));
  });

  it("keeps test and do-not-contact leads off the follow-up clock and out of sales work", async () => {
    const leads = await db.lead.findMany({ where: { id: { startsWith: seedIdPrefix(SEED) } } });
    const off = leads.filter((lead) => lead.isTest || lead.doNotContact);
    expect(leads.some((lead) => lead.isTest)).toBe(true);
    for (const lead of off) {
      expect(lead).toMatchObject({ followUpDueAt: null, nextTouchDueAt: null, ownerId: null, contactAttempts: 0, status: "new" });
    }
    for (const lead of leads.filter((lead) => !lead.isTest && !lead.doNotContact)) {
      expect(lead.followUpDueAt!.getTime() - lead.firstReceivedAt.getTime()).toBe(FOLLOW_UP_WINDOW_MS);
    }
    const testLeads = leads.filter((lead) => lead.isTest);
    for (const lead of testLeads) expect(lead.email).toMatch(/^MSFT_TEST_\d+@test\.com$/);
  });

  it("records sales work that agrees with the lead's counters", async () => {
    const leads = await db.lead.findMany({
      where: { id: { startsWith: seedIdPrefix(SEED) } },
      include: { activities: true, owner: true },
    });
    const worked = leads.filter((lead) => lead.ownerId);
    expect(worked.length).toBeGreaterThan(LEADS / 2);
    for (const lead of leads) {
      expect(lead.statusRank).toBe(LEAD_STATUSES.indexOf(lead.status as (typeof LEAD_STATUSES)[number]));
      const attempts = lead.activities.filter((activity) => activity.kind === "attempt").map((a) => a.occurredAt.getTime());
      expect(lead.contactAttempts).toBe(attempts.length);
      expect(lead.firstContactAt?.getTime() ?? null).toBe(attempts.length ? Math.min(...attempts) : null);
      expect(lead.lastContactAt?.getTime() ?? null).toBe(attempts.length ? Math.max(...attempts) : null);
      for (const activity of lead.activities) {
        expect(activity.occurredAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
        expect(activity.occurredAt.getTime()).toBeGreaterThanOrEqual(lead.firstReceivedAt.getTime());
      }
      if (lead.status === "lost" && lead.contactAttempts < 3) expect(lead.lostReason).toBeTruthy();
      if (lead.status === "won" || lead.status === "lost") expect(lead.closedAt).not.toBeNull();
      if (lead.firstContactAt) expect(lead.followUpResult).toBe(lead.firstContactAt <= lead.followUpDueAt! ? "met" : "missed");
    }
    const team = await db.user.findMany({ where: { email: { in: SEED_TEAM.map((member) => member.email) } } });
    expect(team).toHaveLength(SEED_TEAM.length);
    for (const user of team) expect(user.passwordHash).toBeNull();
    expect(new Set(team.map((user) => user.role))).toEqual(new Set(["rep", "manager"]));
  });

  it("writes exactly the rows the generator makes, and leaves a seed already present alone", async () => {
    const offers = await db.offer.findMany({ where: { offerKey: { in: OFFER_CATALOGUE.map((o) => o.key) } } });
    const team = await db.user.findMany({ where: { email: { in: SEED_TEAM.map((m) => m.email) } } });
    expect(team.map((user) => user.id).sort()).toEqual(offlineSeedTeam().map((member) => member.id).sort());
    const expected = generateAll(SEED, 1000, new Map(offers.map((offer) => [offer.offerKey, offer.id])));
    const stored = await db.lead.findMany({ where: { id: { startsWith: seedIdPrefix(SEED) } }, orderBy: { id: "asc" } });
    const columns = Object.keys(expected.leads[0]!) as (keyof (typeof stored)[number])[];
    const project = (row: Record<string, unknown>) => Object.fromEntries(columns.map((column) => [column, row[column] ?? null]));
    expect(stored.map(project)).toEqual(expected.leads.map((row) => project(row as Record<string, unknown>)));

    const before = await db.leadEvent.count();
    const again = await seedLeads({ leads: LEADS, seed: SEED, now: NOW });
    expect(again).toEqual({ status: "already-present", existingLeads: LEADS });
    expect(await db.leadEvent.count()).toBe(before);
  });

  it("adds a different seed's leads beside the first, sharing offers and team", async () => {
    const result = await seedLeads({ leads: 50, seed: SEED + 1, now: NOW });
    expect(result).toMatchObject({ status: "seeded", leads: 50, offers: OFFER_CATALOGUE.length, users: SEED_TEAM.length });
    expect(await db.lead.count({ where: { id: { startsWith: seedIdPrefix(SEED + 1) } } })).toBe(50);
    expect(await db.offer.count()).toBe(OFFER_CATALOGUE.length);
  });
});

describe("generateLeadBatches", () => {
  it("gives the same rows for the same seed and now, whatever the batch size", () => {
    expect(generateAll(7, 25)).toEqual(generateAll(7, 500));
  });

  it("gives different rows for a different seed", () => {
    const a = generateAll(7, 500);
    const b = generateAll(8, 500);
    expect(a.leads.map((lead) => lead.email)).not.toEqual(b.leads.map((lead) => lead.email));
    expect(a.events.map((event) => event.canonicalHash)).not.toEqual(b.events.map((event) => event.canonicalHash));
  });
});
