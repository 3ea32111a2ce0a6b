import { fieldProps } from "@/components/ui/field-props";
import { FormField, inputClasses } from "@/components/ui/form-field";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { fieldErrorOf, type FormState } from "@/lib/forms/form-state";

/** New password and its confirmation: for your own change and for accepting an invitation. */
export function NewPasswordFields({ state }: { state: FormState<unknown> }) {
  return (
    <>
      <FormField label="New password" htmlFor="newPassword" error={fieldErrorOf(state, "newPassword")} hint={`At least ${MIN_PASSWORD_LENGTH} characters. A passphrase is easiest.`}>
        <input {...fieldProps(state, "newPassword")} type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} className={inputClasses()} />
      </FormField>
      <FormField label="Confirm new password" htmlFor="confirmPassword" error={fieldErrorOf(state, "confirmPassword")}>
        <input {...fieldProps(state, "confirmPassword")} type="password" autoComplete="new-password" required className={inputClasses()} />
      </FormField>
    </>
  );
}
