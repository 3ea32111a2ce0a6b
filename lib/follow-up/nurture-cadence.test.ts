import { describe, expect, it } from "vitest";
import { nextTouchDue, nurtureCadenceDays } from "./nurture-cadence";

const day = 86_400_000;
const at = new Date("2026-10-25T08:30:00Z"); // the night Europe leaves summer time

describe("nurture cadence", () => {
  it("schedules the touches after the first by the gaps of the cadence (1, 3, 7, 14 days)", () => {
    expect(nextTouchDue(1, at)!.getTime() - at.getTime()).toBe(2 * day);
    expect(nextTouchDue(2, at)!.getTime() - at.getTime()).toBe(4 * day);
    expect(nextTouchDue(3, at)!.getTime() - at.getTime()).toBe(7 * day);
  });

  it("has no further touch once the cadence is complete", () => {
    expect(nextTouchDue(4, at)).toBeNull();
    expect(nextTouchDue(9, at)).toBeNull();
  });

  it("reads a configured cadence and refuses one that does not increase", () => {
    expect(nurtureCadenceDays("1, 2, 5")).toEqual([1, 2, 5]);
    expect(nextTouchDue(1, at, [1, 2, 5])!.getTime() - at.getTime()).toBe(day);
    expect(() => nurtureCadenceDays("3,1")).toThrow(/FOLLOW_UP_CADENCE_DAYS/);
    expect(() => nurtureCadenceDays("a,b")).toThrow(/FOLLOW_UP_CADENCE_DAYS/);
  });
});
