import type { AccessRule } from "./access-rules";
import { hasRole, type Role } from "./roles";

export type AccessDecision =
  | { kind: "allow" }
  /** Not signed in (or the session no longer counts): pages go to sign-in, the API answers 401. */
  | { kind: "sign-in" }
  /** Signed in, but the role is too low: 403. */
  | { kind: "forbidden"; required: Role }
  /** A signed-in user on a sign-in screen goes to the app instead. */
  | { kind: "home" };

/**
 * What the authorisation table says about one request, given who makes it. The proxy and every
 * server action ask this one function, so a rule means the same thing wherever it is checked.
 * Unlisted paths (rule null) need a signed-in user: nothing is open by omission.
 */
export function decideAccess(rule: AccessRule | null, user: { role: string } | null): AccessDecision {
  if (rule?.access === "public") return { kind: "allow" };
  if (rule?.access === "guest") return user ? { kind: "home" } : { kind: "allow" };
  if (!user) return { kind: "sign-in" };
  const required = rule?.access ?? "rep";
  return hasRole(user.role, required) ? { kind: "allow" } : { kind: "forbidden", required };
}
