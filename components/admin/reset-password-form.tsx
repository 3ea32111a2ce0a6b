"use client";

import { useActionState } from "react";
import { resetPasswordAction } from "@/app/(app)/admin/users/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { fieldErrorOf, IDLE_FORM } from "@/lib/forms/form-state";
import { CredentialChoice } from "./credential-choice";
import { CredentialNotice } from "./credential-notice";

export function ResetPasswordForm({ userId, name }: { userId: string; name: string }) {
  const [state, action] = useActionState(resetPasswordAction, IDLE_FORM);
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-4">
        <input type="hidden" name="userId" value={userId} />
        <CredentialChoice legend="New way in" error={fieldErrorOf(state, "credential")} />
        <SubmitButton variant="secondary" pendingLabel="Resetting…">
          Reset password
        </SubmitButton>
      </form>
      <FormMessage state={state} />
      {state.status === "done" ? <CredentialNotice credential={state.data.credential} name={name} /> : null}
    </div>
  );
}
