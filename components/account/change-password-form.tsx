"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/app/(app)/account/actions";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { fieldProps } from "@/components/ui/field-props";
import { FormField, inputClasses } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { fieldErrorOf, IDLE_FORM } from "@/lib/forms/form-state";

export function ChangePasswordForm({ email }: { email: string }) {
  const [state, action] = useActionState(changePasswordAction, IDLE_FORM);
  return (
    <form action={action} className="max-w-sm space-y-4">
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField label="Current password" htmlFor="currentPassword" error={fieldErrorOf(state, "currentPassword")}>
        <input {...fieldProps(state, "currentPassword")} type="password" autoComplete="current-password" required className={inputClasses()} />
      </FormField>
      <NewPasswordFields state={state} />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
    </form>
  );
}
