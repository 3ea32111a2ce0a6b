import { ChoiceCards } from "@/components/ui/choice-cards";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { ROLE_DESCRIPTIONS } from "./role-descriptions";

const CHOICES = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role], hint: ROLE_DESCRIPTIONS[role] }));

/** Picking a role, with what each one may do beside it. */
export function RoleChoice({ defaultValue, error, legend = "Role" }: { defaultValue?: string; error?: string; legend?: string }) {
  return <ChoiceCards name="role" legend={legend} choices={CHOICES} defaultValue={defaultValue ?? "rep"} error={error} columns={3} />;
}
