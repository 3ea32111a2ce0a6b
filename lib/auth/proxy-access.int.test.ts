import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { ACCESS_RULES } from "@/lib/auth/access-rules";
import type { AccessDecision } from "@/lib/auth/access-decision";
import { db } from "@/lib/db/client";
import { EXPECTED_DECISIONS, PERSONAS, type Persona } from "@/lib/testing/access-expectations";
import { samplePath } from "@/lib/testing/app-routes";
import { changeUserRole } from "@/lib/users/change-user-role";
import { deactivateUser } from "@/lib/users/set-user-active";
import { proxy } from "@/proxy";

const SECRET = "proxy-test-secret-0123456789";
process.env.NEXTAUTH_SECRET = SECRET;

async function sessionCookie(user: { id: string; sessionVersion: number }, secret = SECRET): Promise<string> {
  const token = await encode({ token: { sub: user.id, sv: user.sessionVersion }, secret });
  return `next-auth.session-token=${token}`;
}

async function makeUser(role: string, tag: string) {
  return db.user.create({
    data: { email: `${tag}-${role}@proxy.example`, name: `${tag} ${role}`, role },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
}

function request(path: string, method: string, cookie?: string) {
  return new NextRequest(new URL(path, "http://localhost"), { method, headers: cookie ? { cookie } : {} });
}

/** What the proxy's response means, in the decision's terms. */
async function outcomeOf(response: Response, path: string, method = "GET"): Promise<AccessDecision["kind"]> {
  if (response.headers.get("x-middleware-next") === "1") return "allow";
  const location = response.headers.get("location");
  if (response.status === 307 && location && new URL(location).pathname === "/leads") return "home";
  if (response.status === 307 && location && new URL(location).pathname === "/sign-in") return "sign-in";
  if (path.startsWith("/api/") && response.status === 401) {
    expect((await response.json()).error.field).toBe("session");
    return "sign-in";
  }
  if (response.status === 403) {
    if (path.startsWith("/api/")) expect((await response.json()).error.field).toBe("role");
    else if (method === "GET") expect(response.headers.get("x-middleware-rewrite")).toMatch(/\/forbidden$/);
    else expect(response.headers.get("x-middleware-rewrite")).toBeNull();
    return "forbidden";
  }
  throw new Error(`unexpected proxy response ${response.status} for ${path}`);
}

describe("the proxy enforces the authorisation table", () => {
  const cookies = {} as Record<Persona, string | undefined>;

  beforeAll(async () => {
    cookies.anonymous = undefined;
    for (const role of ["rep", "manager", "admin"] as const) cookies[role] = await sessionCookie(await makeUser(role, "walk"));
  });

  it("answers every row of the table as expected for anonymous visitors, reps, managers and admins", async () => {
    let checked = 0;
    for (const rule of ACCESS_RULES) {
      const path = samplePath(rule.path);
      for (const method of rule.methods ?? ["GET", "POST"]) {
        for (const persona of PERSONAS) {
          const response = await proxy(request(path, method, cookies[persona]));
          expect(await outcomeOf(response, path, method), `${persona} ${method} ${path}`).toBe(EXPECTED_DECISIONS[rule.access][persona]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(ACCESS_RULES.length * PERSONAS.length);
  });

  it("sends an anonymous visitor to sign-in with the page to come back to", async () => {
    const response = await proxy(request("/admin/journal?outcome=rejected", "GET"));
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("callbackUrl")).toBe("/admin/journal?outcome=rejected");
  });

  it("ends a session at once when the user is deactivated, their role changes, or the cookie is forged", async () => {
    const admin = await makeUser("admin", "ends");
    const actor = { id: admin.id, email: admin.email, name: admin.name, role: "admin" as const };
    const deactivated = await makeUser("rep", "deactivated");
    const promoted = await makeUser("rep", "promoted");
    const deactivatedCookie = await sessionCookie(deactivated);
    const promotedCookie = await sessionCookie(promoted);
    expect(await outcomeOf(await proxy(request("/leads", "GET", deactivatedCookie)), "/leads")).toBe("allow");
    expect(await outcomeOf(await proxy(request("/leads", "GET", promotedCookie)), "/leads")).toBe("allow");

    await deactivateUser(actor, { userId: deactivated.id });
    await changeUserRole(actor, { userId: promoted.id, role: "manager" });
    expect(await outcomeOf(await proxy(request("/leads", "GET", deactivatedCookie)), "/leads")).toBe("sign-in");
    expect(await outcomeOf(await proxy(request("/api/leads", "GET", promotedCookie)), "/api/leads")).toBe("sign-in");

    const forged = await sessionCookie(admin, "some-other-secret-0123456789");
    expect(await outcomeOf(await proxy(request("/admin/users", "GET", forged)), "/admin/users")).toBe("sign-in");
  });
});
