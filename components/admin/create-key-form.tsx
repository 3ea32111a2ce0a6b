"use client";

import { useActionState, useState } from "react";
import { createKeyAction } from "@/app/(app)/admin/keys/actions";
import { fieldProps } from "@/components/ui/field-props";
import { FormField, inputClasses } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { fieldErrorOf, IDLE_FORM } from "@/lib/forms/form-state";
import { KeyCreatedPanel } from "./key-created-panel";

/**
 * Creates a key and then shows it once. The secret lives only in this component's state: leaving
 * the page, or pressing Done, forgets it for good.
 */
export function CreateKeyForm() {
  const [state, action] = useActionState(createKeyAction, IDLE_FORM);
  const [dismissedKeyId, setDismissedKeyId] = useState<string | null>(null);

  if (state.status === "done" && state.data.keyId !== dismissedKeyId) {
    return <KeyCreatedPanel created={state.data} onDone={() => setDismissedKeyId(state.data.keyId)} />;
  }
  return (
    <form action={action} className="flex flex-col gap-3 sm:flex-row sm:items-start">
      <div className="flex-1">
        <FormField
          label="Label"
          htmlFor="label"
          error={fieldErrorOf(state, "label")}
          hint="Where the key is used, e.g. “Partner Center – Contoso Analytics”."
        >
          <input {...fieldProps(state, "label")} required maxLength={80} autoComplete="off" className={inputClasses()} />
        </FormField>
      </div>
      <div className="sm:pt-6">
        <SubmitButton pendingLabel="Creating…">Create key</SubmitButton>
      </div>
      {state.status === "error" && !fieldErrorOf(state, "label") ? <FormMessage state={state} /> : null}
    </form>
  );
}
