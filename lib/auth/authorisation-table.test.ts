import { describe, expect, it } from "vitest";
import { ACCESS_RULES, accessRuleFor } from "@/lib/auth/access-rules";
import { decideAccess } from "@/lib/auth/access-decision";
import { areaOf, EXPECTED_DECISIONS, PERSONAS } from "@/lib/testing/access-expectations";
import { discoverAppRoutes, exportedMethods, samplePath } from "@/lib/testing/app-routes";

const routes = discoverAppRoutes();
const userOf = (persona: string) => (persona === "anonymous" ? null : { role: persona });

describe("the authorisation table", () => {
  it("finds the app's pages and route handlers", () => {
    const patterns = routes.map((route) => route.pattern);
    expect(patterns).toContain("/leads");
    expect(patterns).toContain("/leads/:id");
    expect(patterns).toContain("/api/auth/*");
    expect(routes.find((route) => route.pattern === "/api/leads" && route.kind === "route")?.methods).toContain("POST");
  });

  it("has its own row for every page and route handler, for every method it answers", () => {
    const missing: string[] = [];
    for (const route of routes) {
      for (const method of route.methods) {
        const rule = accessRuleFor(samplePath(route.pattern), method);
        // An exact row, not a neighbour's wildcard: adding a route means deciding who may reach it.
        if (rule?.path !== route.pattern) missing.push(`${method} ${route.pattern} (${route.file}) → ${rule ? `matched ${rule.path}` : "no rule"}`);
      }
    }
    expect(missing, "add these to ACCESS_RULES in lib/auth/access-rules.ts").toEqual([]);
  });

  it("has no row hidden behind an earlier one", () => {
    const shadowed = ACCESS_RULES.flatMap((rule) =>
      (rule.methods ?? ["GET", "POST"]).filter((method) => accessRuleFor(samplePath(rule.path), method) !== rule).map((method) => `${method} ${rule.path}`),
    );
    expect(shadowed).toEqual([]);
  });

  it("gives anonymous visitors, reps, managers and admins the expected answer on every row", () => {
    for (const rule of ACCESS_RULES) {
      for (const method of rule.methods ?? ["GET", "POST"]) {
        for (const persona of PERSONAS) {
          const decision = decideAccess(accessRuleFor(samplePath(rule.path), method), userOf(persona));
          expect(decision.kind, `${persona} ${method} ${rule.path}`).toBe(EXPECTED_DECISIONS[rule.access][persona]);
        }
      }
    }
  });

  it("keeps admin pages for admins and analytics for managers", () => {
    const wrong = ACCESS_RULES.filter((rule) => {
      const area = areaOf(rule.path);
      return area && area.access !== rule.access;
    }).map((rule) => `${rule.path}: ${rule.access}`);
    expect(wrong).toEqual([]);
    expect(accessRuleFor("/admin/users", "GET")?.access).toBe("admin");
    expect(accessRuleFor("/admin/journal/abc", "POST")?.access).toBe("admin");
  });

  it("needs a signed-in user for a path it does not list, and a role for unknown roles", () => {
    expect(accessRuleFor("/not-a-page", "GET")).toBeNull();
    expect(decideAccess(null, null).kind).toBe("sign-in");
    expect(decideAccess(null, { role: "rep" }).kind).toBe("allow");
    expect(decideAccess({ path: "/admin", access: "admin" }, { role: "superuser" }).kind).toBe("forbidden");
  });

  it("reads the methods a route handler exports in each way Next allows", () => {
    expect(exportedMethods("export async function GET() {}\nexport const POST = handler;")).toEqual(["GET", "POST"]);
    expect(exportedMethods("export { handler as GET, handler as POST };")).toEqual(["GET", "POST"]);
    expect(exportedMethods("export const dynamic = 'force-dynamic';")).toEqual([]);
  });
});
