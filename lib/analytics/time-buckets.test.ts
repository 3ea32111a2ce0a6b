import { describe, expect, it } from "vitest";
import { bucketEnd, bucketsBetween, weekStart } from "./time-buckets";

describe("day and week buckets", () => {
  it("starts ISO weeks on Monday, across month and year ends", () => {
    expect(weekStart("2026-06-15")).toBe("2026-06-15"); // a Monday
    expect(weekStart("2026-06-21")).toBe("2026-06-15"); // the Sunday after
    expect(weekStart("2026-06-01")).toBe("2026-06-01");
    expect(weekStart("2026-05-31")).toBe("2026-05-25");
    expect(weekStart("2027-01-01")).toBe("2026-12-28");
  });

  it("lists every bucket between two days, and where each ends", () => {
    expect(bucketsBetween("2026-06-10", "2026-06-23", "week")).toEqual(["2026-06-08", "2026-06-15", "2026-06-22"]);
    expect(bucketsBetween("2026-02-27", "2026-03-02", "day")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
    expect(bucketEnd("2026-12-28", "week")).toBe("2027-01-03");
    expect(bucketEnd("2026-06-09", "day")).toBe("2026-06-09");
  });
});
