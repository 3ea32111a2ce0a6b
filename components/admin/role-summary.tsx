import { ROLES } from "@/lib/auth/roles";
import { RoleBadge } from "./role-badge";
import { ROLE_DESCRIPTIONS } from "./role-descriptions";

/** A key to the roles, under the team list. */
export function RoleSummary() {
  return (
    <dl aria-label="What each role can do" className="grid gap-3 text-sm md:grid-cols-3">
      {ROLES.map((role) => (
        <div key={role} className="rounded-lg border border-slate-200 bg-white p-3">
          <dt>
            <RoleBadge role={role} />
          </dt>
          <dd className="mt-1.5 text-slate-600">{ROLE_DESCRIPTIONS[role]}</dd>
        </div>
      ))}
    </dl>
  );
}
