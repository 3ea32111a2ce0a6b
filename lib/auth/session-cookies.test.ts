import { afterEach, describe, expect, it, vi } from "vitest";

async function authOptionsWith(nextAuthUrl: string) {
  vi.resetModules();
  vi.stubEnv("NEXTAUTH_URL", nextAuthUrl);
  return import("./auth-options");
}

describe("session cookies", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("are Secure and __Secure- prefixed behind HTTPS", async () => {
    const { authOptions, SESSION_COOKIE_NAME } = await authOptionsWith("https://leads.contoso.com");
    expect(authOptions.useSecureCookies).toBe(true);
    expect(SESSION_COOKIE_NAME).toBe("__Secure-next-auth.session-token");
  });

  it("are plain on http://localhost, and sessions expire after 12 hours", async () => {
    const { authOptions, SESSION_COOKIE_NAME } = await authOptionsWith("http://localhost:3000");
    expect(authOptions.useSecureCookies).toBe(false);
    expect(SESSION_COOKIE_NAME).toBe("next-auth.session-token");
    expect(authOptions.session?.maxAge).toBe(12 * 60 * 60);
    // next-auth's defaults keep them HttpOnly and SameSite=Lax: nothing here may loosen that.
    expect(authOptions.cookies).toBeUndefined();
  });
});
