"use client";

import Link from "next/link";
import { useActionState } from "react";
import { createUserAction } from "@/app/(app)/admin/users/actions";
import { buttonClasses } from "@/components/ui/button";
import { fieldProps } from "@/components/ui/field-props";
import { FormField, inputClasses } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { fieldErrorOf, IDLE_FORM, submittedValue } from "@/lib/forms/form-state";
import { CredentialChoice } from "./credential-choice";
import { CredentialNotice } from "./credential-notice";
import { RoleChoice } from "./role-choice";

export function CreateUserForm() {
  const [state, action] = useActionState(createUserAction, IDLE_FORM);

  if (state.status === "done") {
    return (
      <div className="space-y-4">
        <FormMessage state={state} />
        <CredentialNotice credential={state.data.credential} name={state.data.name} />
        <div className="flex flex-wrap gap-2">
          <Link href={`/admin/users/${state.data.userId}`} className={buttonClasses("primary")}>
            Open {state.data.name}
          </Link>
          <Link href="/admin/users" className={buttonClasses("secondary")}>
            Back to users
          </Link>
        </div>
      </div>
    );
  }

  const error = (field: string) => fieldErrorOf(state, field);
  const value = (field: string) => submittedValue(state, field);
  return (
    <form action={action} className="space-y-5" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Name" htmlFor="name" error={error("name")}>
          <input {...fieldProps(state, "name")} autoComplete="off" required maxLength={100} className={inputClasses()} />
        </FormField>
        <FormField label="Email" htmlFor="email" error={error("email")} hint="They sign in with it.">
          <input {...fieldProps(state, "email")} type="email" autoComplete="off" required className={inputClasses()} />
        </FormField>
      </div>
      <RoleChoice error={error("role")} defaultValue={value("role")} />
      <CredentialChoice legend="How they get in" error={error("credential")} defaultValue={value("credential")} />
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pendingLabel="Adding…">Add user</SubmitButton>
        <Link href="/admin/users" className={buttonClasses("ghost")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
