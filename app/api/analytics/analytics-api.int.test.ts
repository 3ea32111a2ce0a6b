import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { createAnalyticsDataset, type AnalyticsDataset } from "@/lib/analytics/analytics-test-dataset";
import { GET as followUp } from "./follow-up/route";
import { GET as funnel } from "./funnel/route";
import { GET as trends } from "./trends/route";

// The session cookie is Next's business; here the signed-in user is whoever the test says.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ currentUser: async () => session.user }));

let data: AnalyticsDataset;

beforeAll(async () => {
  data = await createAnalyticsDataset();
  session.user = data.users.mia;
});

type Route = typeof funnel;

async function get(route: Route, path: string) {
  const response = await route(new Request(`http://localhost${path}`), { params: Promise.resolve({}) });
  return { status: response.status, json: await response.json(), cacheControl: response.headers.get("cache-control") };
}

describe("GET /api/analytics/*", () => {
  it("serves the funnel with the filters it was counted for", async () => {
    const { status, json, cacheControl } = await get(funnel, `/api/analytics/funnel?period=all&offer=${data.offers.B}`);
    expect(status).toBe(200);
    expect(cacheControl).toBe("no-store");
    expect(json.filters).toEqual({ offer: [data.offers.B], source: [], country: [], owner: [] });
    expect(json.total.steps.map((s: { leads: number }) => s.leads)).toEqual([4, 3, 2, 3, 1, 1]);
    expect(json.total.steps[0].leadsUrl).toBe(`/leads?offer=${data.offers.B}&reached=interest`);
    expect(json.excluded).toEqual({ test: 1, doNotContact: 0 });
  });

  it("serves follow-up compliance and trends for the same filters", async () => {
    const compliance = await get(followUp, "/api/analytics/follow-up?from=2026-05-01&to=2026-06-30&owner=me");
    expect(compliance.status).toBe(200);
    expect(compliance.json.filters).toMatchObject({ from: "2026-05-01", to: "2026-06-30", owner: ["me"] });
    expect(compliance.json.overall).toMatchObject({ met: 0, missed: 0, overdue: 1 });
    expect(compliance.json.reps.map((r: { name: string }) => r.name)).toEqual(["Mia Manager"]);

    const weekly = await get(trends, "/api/analytics/trends?period=all&country=Germany&interval=week");
    expect(weekly.status).toBe(200);
    expect(weekly.json.interval).toBe("week");
    expect(weekly.json.bySource.rows.map((r: { bucket: string; total: number }) => [r.bucket, r.total])).toEqual([["2026-06-08", 2]]);
  });

  it("turns the default period into the last 90 UTC days, today included", async () => {
    const { json } = await get(funnel, "/api/analytics/funnel");
    const today = new Date().toISOString().slice(0, 10);
    expect(json.filters.to).toBe(today);
    expect(Date.parse(json.filters.to) - Date.parse(json.filters.from)).toBe(89 * 86_400_000);
  });

  it.each([
    ["/api/analytics/funnel?from=2026-13-01", "from"],
    ["/api/analytics/funnel?from=2026-06-10&to=2026-06-01", "to"],
    ["/api/analytics/follow-up?period=7d", "period"],
    ["/api/analytics/trends?interval=month", "interval"],
    [`/api/analytics/funnel?offer=${"x".repeat(101)}`, "offer"],
  ])("answers 400 naming the parameter for %s", async (path, field) => {
    const route = path.includes("follow-up") ? followUp : path.includes("trends") ? trends : funnel;
    const { status, json } = await get(route, path);
    expect(status).toBe(400);
    expect(json.error.field).toBe(field);
    expect(json.error.message).toMatch(new RegExp(`^${field}: `));
  });

  it("refuses reps and signed-out callers", async () => {
    session.user = data.users.ann;
    const rep = await get(funnel, "/api/analytics/funnel");
    expect(rep.status).toBe(403);
    expect(rep.json.error.field).toBe("role");
    session.user = null;
    expect((await get(followUp, "/api/analytics/follow-up")).status).toBe(401);
    session.user = data.users.mia;
  });
});
