import type { Role } from "./roles";

/**
 * The one authorisation table: every page and API route, with who may reach it. The proxy
 * enforces it for pages, route handlers and server actions alike (actions post to their page).
 * A test walks the app folder and fails for a route that has no entry here.
 *
 *   public:  anyone; the handler authenticates in its own way (ingest key) or needs nothing
 *   guest:   the sign-in screens
 *   rep, manager, admin: a signed-in, active user with at least that role
 */
export type Access = "public" | "guest" | Role;

export interface AccessRule {
  /** A path pattern: `:name` matches one segment, `*` the rest of the path. */
  path: string;
  /** Methods the rule covers; all when absent. */
  methods?: string[];
  access: Access;
}

export const ACCESS_RULES: AccessRule[] = [
  // Marketplace and infrastructure
  { path: "/api/leads", methods: ["POST"], access: "public" },
  { path: "/api/health", access: "public" },
  { path: "/api/openapi.json", access: "public" },
  { path: "/api/auth/*", access: "public" },
  // Sign-in
  { path: "/sign-in", access: "guest" },
  { path: "/forbidden", access: "public" },
  // The rep's workspace
  { path: "/", access: "rep" },
  { path: "/leads", access: "rep" },
  { path: "/api/leads", methods: ["GET"], access: "rep" },
  { path: "/api/leads/export", methods: ["GET"], access: "rep" },
  { path: "/leads/:id", access: "rep" },
  { path: "/queue", access: "rep" },
  // Manager analytics: the funnel, follow-up compliance and trends, as pages and as JSON
  { path: "/analytics", access: "manager" },
  { path: "/analytics/funnel", access: "manager" },
  { path: "/analytics/follow-up", access: "manager" },
  { path: "/analytics/trends", access: "manager" },
  { path: "/api/analytics/funnel", methods: ["GET"], access: "manager" },
  { path: "/api/analytics/follow-up", methods: ["GET"], access: "manager" },
  { path: "/api/analytics/trends", methods: ["GET"], access: "manager" },
  // Everyone's own account; invitation links are opened before their owner has a password
  { path: "/account", access: "rep" },
  { path: "/invite/:token", access: "public" },
  // Administration: users, ingest keys, the delivery journal and the audit log
  { path: "/admin", access: "admin" },
  { path: "/admin/users", access: "admin" },
  { path: "/admin/users/new", access: "admin" },
  { path: "/admin/users/:id", access: "admin" },
  { path: "/admin/keys", access: "admin" },
  { path: "/admin/journal", access: "admin" },
  { path: "/admin/journal/:id", access: "admin" },
  { path: "/admin/audit", access: "admin" },
];

function matches(pattern: string, pathname: string): boolean {
  const want = pattern.split("/").filter(Boolean);
  const have = pathname.split("/").filter(Boolean);
  for (let i = 0; i < want.length; i++) {
    const part = want[i]!;
    if (part === "*") return true;
    if (have[i] === undefined) return false;
    if (!part.startsWith(":") && part !== have[i]) return false;
  }
  return want.length === have.length;
}

/** The rule for a request, or null when the path is not listed (the proxy then refuses it). */
export function accessRuleFor(pathname: string, method: string): AccessRule | null {
  const normalised = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  const verb = method.toUpperCase() === "HEAD" ? "GET" : method.toUpperCase();
  return (
    ACCESS_RULES.find(
      (rule) => matches(rule.path, normalised) && (!rule.methods || rule.methods.includes(verb)),
    ) ?? null
  );
}
