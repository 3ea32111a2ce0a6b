import { describe, expect, it } from "vitest";
import { seedLeads } from "@/lib/seed/seed-leads";
import { createTestUser } from "@/lib/testing/test-users";
import { exportLeadsCsv } from "./export-leads";
import { parseLeadQuery } from "./lead-query-schema";
import { listLeads } from "./list-leads";

describe("CSV export of a large result", () => {
  it("streams batch by batch: the first chunk leaves before the rest is read, and no chunk holds more than a batch", async () => {
    await seedLeads({ leads: 3000, seed: 5, now: new Date("2026-06-01T00:00:00Z") });
    const user = await createTestUser("rep");
    const parsed = parseLeadQuery({ test: "show", dnc: "show", sort: "received", dir: "asc" });
    if (!parsed.ok) throw new Error(parsed.message);
    const context = { userId: user.id, now: new Date(), dueSoonMs: 4 * 3600_000 };
    const { total } = await listLeads(parsed.query, context);
    expect(total).toBe(3000);

    const lines = exportLeadsCsv(parsed.query, context, 250);
    const header = await lines.next();
    expect(header.value).toMatch(/^Lead id,/);
    const first = await lines.next();
    // Only one batch has been read from the database at this point.
    expect((first.value as string).split("\r\n").filter(Boolean)).toHaveLength(250);

    let rows = 250;
    let chunks = 1;
    const seen = new Set<string>();
    for await (const chunk of lines) {
      const chunkRows = chunk.split("\r\n").filter(Boolean);
      expect(chunkRows.length).toBeLessThanOrEqual(250);
      for (const row of chunkRows) seen.add(row.slice(0, row.indexOf(",")));
      rows += chunkRows.length;
      chunks++;
    }
    expect(rows).toBe(3000);
    expect(chunks).toBe(12);
    expect(seen.size).toBe(2750); // every later row is a distinct lead: no batch overlaps another
  });
});
