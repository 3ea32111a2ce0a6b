"use client";

import { useActionState } from "react";
import { renameAction } from "@/app/(app)/account/actions";
import { fieldProps } from "@/components/ui/field-props";
import { FormField, inputClasses } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { fieldErrorOf, IDLE_FORM } from "@/lib/forms/form-state";

export function RenameForm({ name }: { name: string }) {
  const [state, action] = useActionState(renameAction, IDLE_FORM);
  const props = fieldProps(state, "name");
  return (
    <form action={action} className="space-y-3">
      <FormField label="Name" htmlFor="name" error={fieldErrorOf(state, "name")} hint="Shown to your team on leads, notes and the audit log.">
        <input {...props} defaultValue={props.defaultValue ?? name} required maxLength={100} autoComplete="name" className={inputClasses("max-w-sm")} />
      </FormField>
      {state.status === "error" && fieldErrorOf(state, "name") ? null : <FormMessage state={state} />}
      <SubmitButton pendingLabel="Saving…">Save name</SubmitButton>
    </form>
  );
}
