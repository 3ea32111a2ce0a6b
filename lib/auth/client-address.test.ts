import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("takes the last X-Forwarded-For entry: the one the nearest proxy (or Next itself) wrote", () => {
    expect(clientAddress({ "x-forwarded-for": "1.1.1.1, 10.0.0.2" })).toBe("10.0.0.2");
    expect(clientAddress({ "x-forwarded-for": "::1" })).toBe("::1");
  });

  it("falls back to X-Real-IP, then to one shared bucket", () => {
    expect(clientAddress({ "x-real-ip": " 192.0.2.1 " })).toBe("192.0.2.1");
    expect(clientAddress({})).toBe("unknown");
  });
});
