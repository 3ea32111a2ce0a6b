import type { Role } from "@/lib/auth/roles";

/** What each role may do, in one line, where an admin picks a role. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  rep: "Sees every lead and the follow-up queue; works the leads assigned to them and claims unassigned ones.",
  manager: "Everything a rep can, on every lead; assigns and reassigns leads; sees analytics.",
  admin: "Everything a manager can, plus users, ingest keys, the delivery journal and the audit log.",
};
