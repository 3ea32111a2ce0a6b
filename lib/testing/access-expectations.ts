import type { Access } from "@/lib/auth/access-rules";
import type { AccessDecision } from "@/lib/auth/access-decision";
import type { Role } from "@/lib/auth/roles";

export type Persona = "anonymous" | Role;
export const PERSONAS: Persona[] = ["anonymous", "rep", "manager", "admin"];

/**
 * What each access level must mean for each kind of visitor, written out in full rather than
 * computed, so a change in how roles compare is caught here.
 */
export const EXPECTED_DECISIONS: Record<Access, Record<Persona, AccessDecision["kind"]>> = {
  public: { anonymous: "allow", rep: "allow", manager: "allow", admin: "allow" },
  guest: { anonymous: "allow", rep: "home", manager: "home", admin: "home" },
  rep: { anonymous: "sign-in", rep: "allow", manager: "allow", admin: "allow" },
  manager: { anonymous: "sign-in", rep: "forbidden", manager: "allow", admin: "allow" },
  admin: { anonymous: "sign-in", rep: "forbidden", manager: "forbidden", admin: "allow" },
};

/** Areas of the product whose every route must need at least this role, whoever adds routes there. */
export const PROTECTED_AREAS: { prefix: string; access: Access }[] = [
  { prefix: "/admin", access: "admin" },
  { prefix: "/api/admin", access: "admin" },
  { prefix: "/analytics", access: "manager" },
  { prefix: "/api/analytics", access: "manager" },
];

export function areaOf(path: string): { prefix: string; access: Access } | undefined {
  return PROTECTED_AREAS.find((area) => path === area.prefix || path.startsWith(`${area.prefix}/`));
}
