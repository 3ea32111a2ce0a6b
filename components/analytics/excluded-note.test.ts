import { describe, expect, it } from "vitest";
import { excludedNote } from "./excluded-note";

describe("the note on leads left out of the charts", () => {
  it("names each kind, in the singular or the plural, and says when there are none", () => {
    expect(excludedNote({ test: 2, doNotContact: 1 })).toBe("Not counted: 2 test leads and 1 do-not-contact lead matching these filters.");
    expect(excludedNote({ test: 1, doNotContact: 0 })).toBe("Not counted: 1 test lead matching these filters.");
    expect(excludedNote({ test: 0, doNotContact: 1200 })).toBe("Not counted: 1,200 do-not-contact leads matching these filters.");
    expect(excludedNote({ test: 0, doNotContact: 0 })).toBe("No test or do-not-contact leads match these filters.");
  });
});
