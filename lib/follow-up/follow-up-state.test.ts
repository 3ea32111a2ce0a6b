import { describe, expect, it } from "vitest";
import { followUpDueAt, FOLLOW_UP_WINDOW_MS } from "./follow-up-window";
import { followUpState } from "./follow-up-state";

const arrived = new Date("2026-03-28T10:00:00Z");
const due = followUpDueAt(arrived, { isTest: false, doNotContact: false })!;
const hour = 3600_000;

describe("follow-up clock", () => {
  it("is due exactly 24 hours after the first qualifying event", () => {
    expect(due.getTime() - arrived.getTime()).toBe(FOLLOW_UP_WINDOW_MS);
    expect(due.toISOString()).toBe("2026-03-29T10:00:00.000Z");
  });

  it("counts 24 real hours across a daylight-saving change (Europe switched on 2026-03-29)", () => {
    // 10:00 UTC is 11:00 in Paris before the switch and 12:00 after it: still exactly 24 h.
    expect(due.getTime() - arrived.getTime()).toBe(24 * hour);
  });

  it("puts test and do-not-contact leads on no clock", () => {
    expect(followUpDueAt(arrived, { isTest: true, doNotContact: false })).toBeNull();
    expect(followUpDueAt(arrived, { isTest: false, doNotContact: true })).toBeNull();
    expect(followUpState({ followUpDueAt: null, firstContactAt: null }, arrived)).toBe("none");
  });

  it("is met when first contact is logged at exactly the due time, missed one millisecond later", () => {
    expect(followUpState({ followUpDueAt: due, firstContactAt: due }, due)).toBe("met");
    expect(followUpState({ followUpDueAt: due, firstContactAt: new Date(due.getTime() + 1) }, due)).toBe("missed");
  });

  it("is overdue only once the due time has passed with no contact", () => {
    expect(followUpState({ followUpDueAt: due, firstContactAt: null }, due)).toBe("due-soon");
    expect(followUpState({ followUpDueAt: due, firstContactAt: null }, new Date(due.getTime() + 1))).toBe("overdue");
  });

  it("is due soon within the threshold and pending before it", () => {
    const threshold = 4 * hour;
    expect(followUpState({ followUpDueAt: due, firstContactAt: null }, new Date(due.getTime() - threshold), threshold)).toBe("due-soon");
    expect(followUpState({ followUpDueAt: due, firstContactAt: null }, new Date(due.getTime() - threshold - 1), threshold)).toBe("pending");
  });
});
