import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { FieldError } from "@/lib/errors/field-error";
import { startIngestServer } from "@/lib/testing/ingest-http-server";
import { postLead } from "@/lib/testing/post-lead";
import { auditRowsFor, teamMember } from "@/lib/testing/team-member";
import { createIngestKey } from "./create-ingest-key";
import { ingestEndpointUrl } from "./ingest-endpoint-url";
import { listIngestKeys } from "./list-ingest-keys";
import { revokeIngestKey } from "./revoke-ingest-key";
import { sendTestLead } from "./send-test-lead";

const lead = (tag: string) => ({
  UserDetails: { FirstName: "Ana", LastName: tag, Email: `${tag}@fabrikam.example`, Company: "Fabrikam" },
  LeadSource: "AzureMarketplace-INS|fabrikam.insights",
  OfferTitle: "Fabrikam Insights",
});

describe("ingest key lifecycle", () => {
  let server: Awaited<ReturnType<typeof startIngestServer>>;
  beforeAll(async () => {
    server = await startIngestServer();
  });
  afterAll(async () => server.close());

  it("creates a key whose secret is stored only as a hash, and audits it without the secret", async () => {
    const admin = await teamMember("admin");
    const key = await createIngestKey(admin, { label: "  Partner Center – prod " });
    expect(key.label).toBe("Partner Center – prod");
    const stored = await db.ingestKey.findUniqueOrThrow({ where: { id: key.keyId } });
    expect(stored).toMatchObject({ label: "Partner Center – prod", createdById: admin.id, deliveryCount: 0, lastUsedAt: null, revokedAt: null });
    expect(stored.secretHash).not.toContain(key.secret);
    expect(key.secret.startsWith(stored.secretPrefix)).toBe(true);
    const [created] = await auditRowsFor(key.keyId);
    expect(created).toMatchObject({ action: "key.created", actorId: admin.id, after: { label: "Partner Center – prod", secretPrefix: stored.secretPrefix } });
    expect(JSON.stringify(created)).not.toContain(key.secret);
  });

  it("counts deliveries and the last use, shows who created it, and answers 401 once revoked", async () => {
    const admin = await teamMember("admin");
    const key = await createIngestKey(admin, { label: "Revoke me" });
    expect((await postLead(lead("k1"), { key: key.secret })).status).toBe(201);
    expect((await postLead(lead("k2"), { bearer: key.secret, key: null })).status).toBe(201);
    const listed = (await listIngestKeys()).find((row) => row.id === key.keyId)!;
    expect(listed).toMatchObject({ label: "Revoke me", deliveryCount: 2, revokedAt: null, createdBy: { name: admin.name } });
    expect(listed.lastUsedAt).toBeInstanceOf(Date);

    const revokedAt = new Date();
    await revokeIngestKey(admin, { keyId: key.keyId }, revokedAt);
    const refused = await postLead(lead("k3"), { key: key.secret });
    expect(refused.status).toBe(401);
    expect(refused.json.error?.field).toBe("key");
    expect((await db.ingestKey.findUniqueOrThrow({ where: { id: key.keyId } })).deliveryCount).toBe(2);

    const again = await revokeIngestKey(admin, { keyId: key.keyId }).catch((error: unknown) => error);
    expect(again).toBeInstanceOf(FieldError);
    expect((again as FieldError).status).toBe(409);
    const rows = await auditRowsFor(key.keyId);
    expect(rows.map((row) => row.action)).toEqual(["key.created", "key.revoked"]);
    expect(rows[1]).toMatchObject({ before: { revokedAt: null }, after: { revokedAt: revokedAt.toISOString() } });
    // Revoked keys are listed after usable ones.
    const order = (await listIngestKeys()).map((row) => Boolean(row.revokedAt));
    expect(order).toEqual([...order].sort((a, b) => Number(a) - Number(b)));
  });

  it("sends a Partner Center-style test lead over HTTP that lands as a test lead, and fails once revoked", async () => {
    const admin = await teamMember("admin");
    const key = await createIngestKey(admin, { label: "Test button" });
    const url = ingestEndpointUrl(server.origin, key.secret);
    expect(url).toBe(`${server.origin}/api/leads?key=${encodeURIComponent(key.secret)}`);

    const sent = await sendTestLead(url);
    if (!sent.reached) throw new Error(sent.error);
    expect(sent).toMatchObject({ status: 201, outcome: "accepted", error: null });
    const testLead = await db.lead.findUniqueOrThrow({ where: { id: sent.leadId! } });
    expect(testLead).toMatchObject({ isTest: true, followUpDueAt: null });
    const delivery = await db.delivery.findUniqueOrThrow({ where: { id: sent.deliveryId! } });
    expect(delivery).toMatchObject({ ingestKeyId: key.keyId, keySource: "database", outcome: "accepted" });
    expect(delivery.rawBody).toMatch(/MSFT_TEST_\d+@test\.com/);

    // A second test is a new delivery, not an exact replay of the first.
    const second = await sendTestLead(url);
    expect(second).toMatchObject({ reached: true, status: 201 });

    await revokeIngestKey(admin, { keyId: key.keyId });
    expect(await sendTestLead(url)).toMatchObject({ reached: true, status: 401, error: expect.stringMatching(/^key:/) });
  });

  it("reports an endpoint that cannot be reached", async () => {
    const closed = await startIngestServer();
    await closed.close();
    const result = await sendTestLead(ingestEndpointUrl(closed.origin, "lk_whatever"));
    expect(result.reached).toBe(false);
  });
});
