import { describe, expect, it } from "vitest";
import { resolveAnalyticsFilters } from "./analytics-period";
import { analyticsQueryToSearchParams, hasFilters, parseAnalyticsQuery } from "./analytics-query-schema";

function parse(search: string) {
  const parsed = parseAnalyticsQuery(new URLSearchParams(search));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.query;
}

describe("analytics filters in the URL", () => {
  it("reads repeated keys as lists and defaults the rest", () => {
    expect(parse("offer=a&offer=b&owner=me&country=USA")).toEqual({
      offer: ["a", "b"],
      source: [],
      country: ["USA"],
      owner: ["me"],
      period: "90d",
      interval: "week",
    });
  });

  it("names the parameter at fault", () => {
    expect(parseAnalyticsQuery({ from: "2026-6-1" })).toMatchObject({ ok: false, field: "from" });
    expect(parseAnalyticsQuery({ from: "2026-06-02", to: "2026-06-01" })).toMatchObject({ ok: false, field: "to", message: "to: must be on or after from" });
    expect(parseAnalyticsQuery({ interval: "month" })).toMatchObject({ ok: false, field: "interval", message: "interval: expected day or week" });
    expect(parseAnalyticsQuery({ period: "7d" })).toMatchObject({ ok: false, field: "period" });
  });

  it("writes the same filters back, leaving defaults out, and the dates win over the period", () => {
    expect(analyticsQueryToSearchParams(parse("source=AzurePortal&period=30d&interval=day")).toString()).toBe("source=AzurePortal&period=30d&interval=day");
    expect(analyticsQueryToSearchParams(parse("from=2026-01-01&period=30d")).toString()).toBe("from=2026-01-01");
    expect(analyticsQueryToSearchParams(parse("")).toString()).toBe("");
    expect(hasFilters(parse(""))).toBe(false);
    expect(hasFilters(parse("period=all"))).toBe(true);
  });

  it("turns a period into whole UTC days ending today", () => {
    const now = new Date("2026-03-01T23:30:00Z");
    expect(resolveAnalyticsFilters(parse("period=30d"), now)).toMatchObject({ from: "2026-01-31", to: "2026-03-01" });
    expect(resolveAnalyticsFilters(parse("period=365d"), now)).toMatchObject({ from: "2025-03-02", to: "2026-03-01" });
    expect(resolveAnalyticsFilters(parse("period=all"), now)).toMatchObject({ from: undefined, to: undefined });
    expect(resolveAnalyticsFilters(parse("to=2026-02-01"), now)).toMatchObject({ from: undefined, to: "2026-02-01" });
  });
});
