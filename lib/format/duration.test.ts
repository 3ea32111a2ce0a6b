import { describe, expect, it } from "vitest";
import { formatDuration } from "./duration";

describe("formatDuration", () => {
  it.each([
    [45_000, "45s"],
    [5 * 60_000, "5m"],
    [3 * 3600_000 + 12 * 60_000, "3h 12m"],
    [2 * 86400_000 + 4 * 3600_000, "2d 4h"],
    [-90 * 60_000, "1h 30m"],
  ])("formats %i ms as %s", (ms, text) => expect(formatDuration(ms)).toBe(text));
});
