"use client";

import { useActionState } from "react";
import { setUserActiveAction } from "@/app/(app)/admin/users/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { IDLE_FORM } from "@/lib/forms/form-state";

/** Deactivating ends the user's sessions at once; reactivating lets them sign in again. */
export function UserAccessForm({ userId, name, active, isSelf }: { userId: string; name: string; active: boolean; isSelf: boolean }) {
  const [state, action] = useActionState(setUserActiveAction, IDLE_FORM);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="intent" value={active ? "deactivate" : "reactivate"} />
      <p className="text-sm text-slate-600">
        {active
          ? "Deactivating signs them out everywhere at once and stops them signing in. Their leads, notes and history stay."
          : `${name} cannot sign in. Reactivating lets them sign in again with their password.`}
      </p>
      {active ? (
        isSelf ? (
          <p className="text-sm text-slate-500">You cannot deactivate yourself; another admin can.</p>
        ) : (
          <ConfirmSubmit
            label="Deactivate…"
            question={`Deactivate ${name}? They are signed out at once.`}
            confirmLabel={`Deactivate ${name}`}
            pendingLabel="Deactivating…"
          />
        )
      ) : (
        <SubmitButton variant="secondary" pendingLabel="Reactivating…">
          Reactivate {name}
        </SubmitButton>
      )}
      <FormMessage state={state} />
    </form>
  );
}
