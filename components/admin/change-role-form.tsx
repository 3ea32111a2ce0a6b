"use client";

import { useActionState } from "react";
import { changeRoleAction } from "@/app/(app)/admin/users/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Role } from "@/lib/auth/roles";
import { fieldErrorOf, IDLE_FORM, submittedValue } from "@/lib/forms/form-state";
import { RoleChoice } from "./role-choice";

export function ChangeRoleForm({ userId, role }: { userId: string; role: Role }) {
  const [state, action] = useActionState(changeRoleAction, IDLE_FORM);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="userId" value={userId} />
      <RoleChoice legend="Choose a role" defaultValue={submittedValue(state, "role") ?? role} error={fieldErrorOf(state, "role")} />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Saving…">Change role</SubmitButton>
    </form>
  );
}
