"use client";

import { useActionState } from "react";
import { acceptInvitationAction } from "@/app/invite/[token]/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE_FORM } from "@/lib/forms/form-state";
import { NewPasswordFields } from "./new-password-fields";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const [state, action] = useActionState(acceptInvitationAction, IDLE_FORM);
  return (
    <form action={action} className="mt-5 space-y-4">
      <input type="hidden" name="token" value={token} />
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordFields state={state} />
      <FormMessage state={state} />
      <SubmitButton className="w-full" pendingLabel="Saving…">
        Set password
      </SubmitButton>
    </form>
  );
}
