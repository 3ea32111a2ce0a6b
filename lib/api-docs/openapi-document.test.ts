import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi-document";

describe("openApiDocument", () => {
  it("describes POST /api/leads with the marketplace body derived from the validating schema", () => {
    const doc = openApiDocument("https://leads.example.com");
    expect(doc.openapi).toMatch(/^3\./);
    const body = doc.components.schemas.MarketplaceLead as { properties: Record<string, unknown> };
    expect(Object.keys(body.properties)).toEqual(["UserDetails", "LeadSource", "ActionCode", "OfferTitle", "Description"]);
    const details = body.properties.UserDetails as { anyOf?: { properties?: Record<string, unknown> }[] };
    const detailKeys = Object.keys(details.anyOf?.find((s) => s.properties)?.properties ?? {});
    expect(detailKeys).toContain("Email");
    expect(Object.keys(doc.paths["/api/leads"].post.responses)).toEqual(["200", "201", "400", "401", "413", "503"]);
  });
});
