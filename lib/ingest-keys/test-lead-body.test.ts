import { describe, expect, it } from "vitest";
import { interpretDelivery } from "@/lib/leads/interpret-delivery";
import { testLeadBody } from "./test-lead-body";

describe("the test lead the keys page sends", () => {
  it("is read by the ingest rules as a Partner Center test lead, never followed up", () => {
    const result = interpretDelivery(JSON.stringify(testLeadBody(new Date("2026-11-20T10:00:00Z"), 7)));
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.delivery).toMatchObject({ isTest: true, doNotContact: false, action: "INS", source: "AzureMarketplace" });
    expect(result.delivery.contact.email).toMatch(/^MSFT_TEST_\d{18}@test\.com$/);
  });

  it("differs between sends, so a second test is not an exact replay", () => {
    const at = new Date("2026-11-20T10:00:00Z");
    expect(JSON.stringify(testLeadBody(at, 1))).not.toBe(JSON.stringify(testLeadBody(at, 2)));
  });
});
