import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { generateIngestSecret, hashIngestSecret, secretPrefix } from "@/lib/ingest/ingest-key-secret";
import { fixtureNames, readFixture } from "@/lib/testing/fixtures";
import { postLead } from "@/lib/testing/post-lead";

function uniqueLead(tag: string, extra: Record<string, unknown> = {}) {
  return {
    UserDetails: { FirstName: "Lee", LastName: tag, Email: `${tag}@example.com`, Company: "Example Co" },
    LeadSource: "AzureMarketplace-INS|contoso.analytics",
    OfferTitle: "Contoso Analytics",
    ...extra,
  };
}

describe("POST /api/leads", () => {
  it("answers 201 with the lead id for every example payload, and stores one lead each", async () => {
    for (const name of fixtureNames()) {
      const { status, json } = await postLead(readFixture(name));
      expect(status, name).toBe(201);
      expect(json.outcome).toBe("accepted");
      const lead = await db.lead.findUniqueOrThrow({ where: { id: json.leadId! } });
      expect(lead.eventCount).toBe(1);
    }
  });

  it("stores the LeadSource offer, action, stage and due time of a contact-me", async () => {
    const body = uniqueLead("stage-check", { LeadSource: "AppSource (SPZA)-PLT|bitnami.openedxcypress" });
    const { json } = await postLead(body);
    const lead = await db.lead.findUniqueOrThrow({ where: { id: json.leadId! }, include: { offer: true, events: true } });
    expect(lead.offer.offerKey).toBe("bitnami.openedxcypress");
    expect(lead.offer.publisherId).toBe("bitnami");
    expect(lead.latestAction).toBe("PLT");
    expect(lead.latestSource).toBe("AppSource (SPZA)");
    expect(lead.stage).toBe("interest");
    expect(lead.followUpDueAt!.getTime() - lead.firstReceivedAt.getTime()).toBe(24 * 3600 * 1000);
    expect(lead.events[0]!.receivedAt.getTime()).toBe(lead.firstReceivedAt.getTime());
  });

  it("marks test leads and do-not-contact leads, and puts neither on the follow-up clock", async () => {
    const test = await postLead(readFixture("validation-test-lead.json").replace(/636573304831318844/g, "111"));
    const dnc = await postLead(uniqueLead("dnc-check", { LeadSource: "AppSource (SPZA)-DNC|docusign.x" }));
    const testLead = await db.lead.findUniqueOrThrow({ where: { id: test.json.leadId! } });
    const dncLead = await db.lead.findUniqueOrThrow({ where: { id: dnc.json.leadId! } });
    expect(testLead).toMatchObject({ isTest: true, followUpDueAt: null });
    expect(dncLead).toMatchObject({ doNotContact: true, followUpDueAt: null, stageRank: 0 });
  });

  it("accepts JSON sent as text/plain or with no Content-Type at all", async () => {
    expect((await postLead(uniqueLead("plain"), { contentType: "text/plain" })).status).toBe(201);
    expect((await postLead(uniqueLead("none"), { contentType: null })).status).toBe(201);
  });

  it("answers 200 with the same lead id for an exact replay, adding nothing", async () => {
    const body = uniqueLead("replay");
    const first = await postLead(body);
    const replayed = await postLead(JSON.stringify(body, null, 2));
    expect(replayed.status).toBe(200);
    expect(replayed.json).toMatchObject({ outcome: "replay", leadId: first.json.leadId });
    expect(await db.leadEvent.count({ where: { leadId: first.json.leadId! } })).toBe(1);
    const delivery = await db.delivery.findUniqueOrThrow({ where: { id: replayed.json.deliveryId! } });
    expect(delivery.outcome).toBe("replay");
  });

  it("joins a later stage of the same customer and offer to the lead, advancing its stage but not its clock", async () => {
    const contactMe = uniqueLead("join", { LeadSource: "AzureMarketplace-PLT|contoso.analytics" });
    const install = uniqueLead("join", { LeadSource: "AzureMarketplace|contoso.analytics", ActionCode: "INS", Description: "bought" });
    const first = await postLead(contactMe);
    const before = await db.lead.findUniqueOrThrow({ where: { id: first.json.leadId! } });
    const second = await postLead(install);
    expect(second.status).toBe(200);
    expect(second.json).toMatchObject({ outcome: "joined", leadId: first.json.leadId });
    const after = await db.lead.findUniqueOrThrow({ where: { id: first.json.leadId! } });
    expect(after).toMatchObject({ eventCount: 2, stage: "active", stageRank: 3, latestAction: "INS", firstSource: "AzureMarketplace" });
    expect(after.followUpDueAt).toEqual(before.followUpDueAt);
    // A lower stage arriving later never moves the lead back.
    await postLead(uniqueLead("join", { LeadSource: "AzureMarketplace-StartTestDrive|contoso.analytics" }));
    expect((await db.lead.findUniqueOrThrow({ where: { id: first.json.leadId! } })).stage).toBe("active");
  });

  it("keeps one customer's interest in two offers as two leads on one contact", async () => {
    const a = await postLead(uniqueLead("two-offers", { LeadSource: "AzureMarketplace-INS|contoso.one" }));
    const b = await postLead(uniqueLead("two-offers", { LeadSource: "AzureMarketplace-INS|contoso.two" }));
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    const [leadA, leadB] = await Promise.all([
      db.lead.findUniqueOrThrow({ where: { id: a.json.leadId! } }),
      db.lead.findUniqueOrThrow({ where: { id: b.json.leadId! } }),
    ]);
    expect(leadA.contactId).toBe(leadB.contactId);
    expect(leadA.offerId).not.toBe(leadB.offerId);
  });

  it("answers 400 naming the problem and keeps the raw body in the journal, marked rejected", async () => {
    const broken = '{"UserDetails": {"Email": "x@y.example"} "LeadSource": "AzureMarketplace"}';
    const { status, json } = await postLead(broken);
    expect(status).toBe(400);
    expect(json.error?.field).toBe("body");
    expect(json.error?.message).toMatch(/^body: not valid JSON/);
    const delivery = await db.delivery.findUniqueOrThrow({ where: { id: json.deliveryId as string } });
    expect(delivery).toMatchObject({ outcome: "rejected", rawBody: broken, errorField: "body", leadId: null });

    const wrongType = await postLead({ UserDetails: { Email: { value: "x" } }, LeadSource: "AzureMarketplace" });
    expect(wrongType.status).toBe(400);
    expect(wrongType.json.error?.field).toBe("UserDetails.Email");
  });

  it("answers 401 for a missing or wrong key and stores nothing", async () => {
    const before = await db.delivery.count();
    expect((await postLead(uniqueLead("nokey"), { key: null })).status).toBe(401);
    const wrong = await postLead(uniqueLead("wrongkey"), { key: "not-a-key" });
    expect(wrong.status).toBe(401);
    expect(wrong.json.error?.field).toBe("key");
    expect(await db.delivery.count()).toBe(before);
  });

  it("accepts a key stored hashed in the database, by URL or bearer header, until it is revoked", async () => {
    const secret = generateIngestSecret();
    const key = await db.ingestKey.create({
      data: { label: "Partner Center", secretHash: hashIngestSecret(secret), secretPrefix: secretPrefix(secret) },
    });
    expect((await postLead(uniqueLead("dbkey-url"), { key: secret })).status).toBe(201);
    expect((await postLead(uniqueLead("dbkey-bearer"), { key: null, bearer: secret })).status).toBe(201);
    const used = await db.ingestKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(used.deliveryCount).toBe(2);
    expect(used.lastUsedAt).not.toBeNull();
    await db.ingestKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
    expect((await postLead(uniqueLead("dbkey-revoked"), { key: secret })).status).toBe(401);
  });

  it("answers 413 for a body over 64 KB and journals what was read as rejected", async () => {
    const huge = JSON.stringify(uniqueLead("huge", { Description: "x".repeat(70 * 1024) }));
    const { status, json } = await postLead(huge);
    expect(status).toBe(413);
    expect(json.error?.field).toBe("body");
    const rejected = await db.delivery.findFirst({ where: { errorField: "body", error: { contains: "64 KB" } } });
    expect(rejected?.outcome).toBe("rejected");
  });

  it("turns 25 concurrent copies of one new delivery into one lead with one event", async () => {
    const body = uniqueLead("concurrent", { LeadSource: "AzureMarketplace-PLT|contoso.race" });
    const responses = await Promise.all(Array.from({ length: 25 }, () => postLead(body)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(24);
    const leadIds = new Set(responses.map((r) => r.json.leadId));
    expect(leadIds.size).toBe(1);
    const [leadId] = [...leadIds];
    expect(await db.leadEvent.count({ where: { leadId: leadId! } })).toBe(1);
    expect(await db.lead.count({ where: { email: "concurrent@example.com" } })).toBe(1);
    expect(await db.delivery.count({ where: { leadId: leadId! } })).toBe(25);
  });

  it("turns concurrent different stages of one new customer into one lead with every event", async () => {
    const actions = ["PLT", "StartTestDrive", "INS", "Create", "FreeTrial"];
    const responses = await Promise.all(
      actions.map((action) => postLead(uniqueLead("concurrent-stages", { LeadSource: `AzureMarketplace-${action}|contoso.race2` }))),
    );
    expect(new Set(responses.map((r) => r.json.leadId)).size).toBe(1);
    const lead = await db.lead.findUniqueOrThrow({ where: { id: responses[0]!.json.leadId! } });
    expect(lead.eventCount).toBe(5);
    expect(lead.stage).toBe("active");
  });
});
