export const ROLES = ["rep", "manager", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { rep: "Sales rep", manager: "Manager", admin: "Admin" };

const RANK: Record<Role, number> = { rep: 1, manager: 2, admin: 3 };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Roles are cumulative: a manager can do everything a rep can, an admin everything a manager can. */
export function hasRole(actual: string, required: Role): boolean {
  return isRole(actual) && RANK[actual] >= RANK[required];
}
