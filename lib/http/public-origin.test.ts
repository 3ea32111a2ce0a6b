import { describe, expect, it } from "vitest";
import { publicOrigin } from "./public-origin";

describe("publicOrigin", () => {
  it("uses the host the browser used, through a proxy's forwarded headers", () => {
    expect(publicOrigin(new Headers({ host: "localhost:3000" }), {})).toBe("http://localhost:3000");
    expect(publicOrigin(new Headers({ host: "10.0.0.5:3000", "x-forwarded-host": "leads.contoso.com", "x-forwarded-proto": "https" }), {})).toBe(
      "https://leads.contoso.com",
    );
  });

  it("keeps https from NEXTAUTH_URL when a proxy terminates TLS without saying so", () => {
    expect(publicOrigin(new Headers({ host: "leads.contoso.com" }), { NEXTAUTH_URL: "https://leads.contoso.com/" })).toBe("https://leads.contoso.com");
  });

  it("ignores a malformed host and falls back to NEXTAUTH_URL", () => {
    expect(publicOrigin(new Headers({ host: "evil.example/path?x" }), { NEXTAUTH_URL: "https://leads.contoso.com" })).toBe("https://leads.contoso.com");
    expect(publicOrigin(new Headers(), { PORT: "4000" })).toBe("http://localhost:4000");
  });
});
