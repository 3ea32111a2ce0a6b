import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { FieldError } from "@/lib/errors/field-error";
import { journalDelivery } from "@/lib/ingest/journal-delivery";
import { postLead } from "@/lib/testing/post-lead";
import { auditRowsFor, teamMember } from "@/lib/testing/team-member";
import { journalFilters } from "./journal-filters";
import { listDeliveries } from "./list-deliveries";
import { findDelivery } from "./find-delivery";
import { replayDelivery } from "./replay-delivery";

// Microsoft's own published sample once lacked a comma: the kind of body a person repairs.
const broken = (tag: string) =>
  `{"UserDetails": {"FirstName": "Lin", "LastName": "${tag}", "Email": "${tag}@northwind.example", "Company": "Northwind"} "LeadSource": "AzureMarketplace-INS|northwind.ops", "OfferTitle": "Northwind Ops"}`;
const repaired = (tag: string) => broken(tag).replace('} "LeadSource"', '}, "LeadSource"');

async function rejected(tag: string): Promise<string> {
  const { status, json } = await postLead(broken(tag));
  expect(status).toBe(400);
  return json.deliveryId as string;
}

describe("repairing and replaying a rejected delivery", () => {
  it("accepts the correction through the ingest logic, dated when first received, keeping the raw body", async () => {
    const admin = await teamMember("admin");
    const deliveryId = await rejected("repair");
    const original = await db.delivery.findUniqueOrThrow({ where: { id: deliveryId } });

    const result = await replayDelivery(admin, { deliveryId, body: repaired("repair") });
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.outcome).toBe("accepted");

    const after = await db.delivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(after).toMatchObject({
      rawBody: broken("repair"),
      correctedBody: repaired("repair"),
      correctedById: admin.id,
      outcome: "accepted",
      error: null,
      leadId: result.leadId,
    });
    const lead = await db.lead.findUniqueOrThrow({ where: { id: result.leadId }, include: { events: true } });
    expect(lead.email).toBe("repair@northwind.example");
    expect(lead.firstReceivedAt).toEqual(original.receivedAt);
    expect(lead.events.map((event) => event.deliveryId)).toEqual([deliveryId]);

    const [audit] = await auditRowsFor(deliveryId);
    expect(audit).toMatchObject({
      action: "delivery.replayed",
      actorId: admin.id,
      entityType: "delivery",
      before: { outcome: "rejected", correctedBody: null, error: expect.stringMatching(/^body: not valid JSON/) },
      after: { correctedBody: repaired("repair") },
    });
  });

  it("keeps a correction that is still wrong, with the new error, and lets it be corrected again", async () => {
    const admin = await teamMember("admin");
    const deliveryId = await rejected("twice");
    const stillBroken = '{"UserDetails": {"Email": {"nested": "x"}}, "LeadSource": "AzureMarketplace"}';
    const first = await replayDelivery(admin, { deliveryId, body: stillBroken });
    expect(first).toMatchObject({ ok: false, problem: { field: "UserDetails.Email" } });
    expect(await db.delivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({
      outcome: "rejected",
      errorField: "UserDetails.Email",
      rawBody: broken("twice"),
      correctedBody: stillBroken,
    });

    const second = await replayDelivery(admin, { deliveryId, body: repaired("twice") });
    expect(second).toMatchObject({ ok: true, outcome: "accepted" });
    const rows = await auditRowsFor(deliveryId);
    expect(rows.map((row) => row.after.correctedBody)).toEqual([stillBroken, repaired("twice")]);
    expect(rows[1]!.before).toMatchObject({ outcome: "rejected", correctedBody: stillBroken });
  });

  it("joins the existing lead when the repaired delivery is a later stage of a known customer", async () => {
    const admin = await teamMember("admin");
    const known = await postLead(JSON.parse(repaired("known").replace("-INS|", "-PLT|")));
    const deliveryId = await rejected("known");
    const result = await replayDelivery(admin, { deliveryId, body: repaired("known") });
    expect(result).toMatchObject({ ok: true, outcome: "joined", leadId: known.json.leadId });
  });

  it("replays a delivery the database failed to process, with its body as received", async () => {
    const admin = await teamMember("admin");
    const stuck = await journalDelivery({ caller: { keySource: "env", ingestKeyId: null }, rawBody: repaired("stuck"), contentType: "application/json", remoteAddress: null });
    const result = await replayDelivery(admin, { deliveryId: stuck.id, body: repaired("stuck") });
    expect(result).toMatchObject({ ok: true, outcome: "accepted" });
    expect(await db.delivery.findUniqueOrThrow({ where: { id: stuck.id } })).toMatchObject({ correctedBody: null, outcome: "accepted" });
  });

  it("refuses to replay a delivery that already became part of a lead, and a second replay of the same moment", async () => {
    const admin = await teamMember("admin");
    const accepted = await postLead(JSON.parse(repaired("accepted")));
    const refusal = await replayDelivery(admin, { deliveryId: accepted.json.deliveryId!, body: repaired("other") }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(FieldError);
    expect(refusal).toMatchObject({ field: "deliveryId", status: 409 });

    const deliveryId = await rejected("race");
    const results = await Promise.allSettled([
      replayDelivery(admin, { deliveryId, body: repaired("race") }),
      replayDelivery(admin, { deliveryId, body: repaired("race") }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect((results.find((result) => result.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(FieldError);
    expect(await db.leadEvent.count({ where: { deliveryId } })).toBe(1);
    expect(await db.delivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({ outcome: "accepted" });
  });

  it("lists the journal newest first, filtered by outcome and key, with the key's label and the body's size", async () => {
    const admin = await teamMember("admin");
    const deliveryId = await rejected("listed");
    const page = await listDeliveries(journalFilters({ outcome: "rejected", key: "server" }));
    const row = page.rows.find((candidate) => candidate.id === deliveryId)!;
    expect(row).toMatchObject({ outcome: "rejected", keySource: "env", keyLabel: null, bytes: Buffer.byteLength(broken("listed")) });
    expect(row.preview.startsWith('{"UserDetails"')).toBe(true);
    expect(page.rows.every((candidate) => candidate.outcome === "rejected")).toBe(true);
    const times = page.rows.map((candidate) => candidate.receivedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const detail = await findDelivery(deliveryId);
    expect(detail).toMatchObject({ rawBody: broken("listed"), correctedByName: null });
    await replayDelivery(admin, { deliveryId, body: repaired("listed") });
    expect(await findDelivery(deliveryId)).toMatchObject({ correctedByName: admin.name, outcome: "accepted" });
    expect((await listDeliveries(journalFilters({ outcome: "rejected" }))).rows.map((r) => r.id)).not.toContain(deliveryId);
  });
});
