import { describe, expect, it } from "vitest";
import { dayParam, dayRange, firstParam, pageParam, queryString } from "./search-params";

describe("list filters in the URL", () => {
  it("reads the first value of a parameter, trimmed, and ignores empty ones", () => {
    expect(firstParam({ a: [" x ", "y"] }, "a")).toBe("x");
    expect(firstParam({ a: "  " }, "a")).toBeUndefined();
  });

  it("reads a page number, falling back to 1 for anything else", () => {
    expect(pageParam({ page: "3" })).toBe(3);
    for (const page of ["0", "-1", "1.5", "x", undefined]) expect(pageParam({ page })).toBe(1);
  });

  it("accepts only real calendar days and covers the `to` day whole", () => {
    expect(dayParam({ from: "2026-02-28" }, "from")).toBe("2026-02-28");
    expect(dayParam({ from: "2026-02-30" }, "from")).toBeUndefined();
    expect(dayParam({ from: "yesterday" }, "from")).toBeUndefined();
    expect(dayRange("2026-03-01", "2026-03-02")).toEqual({ gte: new Date("2026-03-01T00:00:00Z"), lt: new Date("2026-03-03T00:00:00Z") });
    expect(dayRange(undefined, undefined)).toBeUndefined();
  });

  it("writes filters back without empty values or page 1", () => {
    expect(queryString({ outcome: "rejected", key: undefined, page: 1 })).toBe("?outcome=rejected");
    expect(queryString({ outcome: undefined, page: 2 })).toBe("?page=2");
    expect(queryString({})).toBe("");
  });
});
