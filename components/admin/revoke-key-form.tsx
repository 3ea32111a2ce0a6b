"use client";

import { useActionState } from "react";
import { revokeKeyAction } from "@/app/(app)/admin/keys/actions";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { IDLE_FORM } from "@/lib/forms/form-state";

export function RevokeKeyForm({ keyId, label }: { keyId: string; label: string }) {
  const [state, action] = useActionState(revokeKeyAction, IDLE_FORM);
  return (
    <form action={action} className="flex flex-col items-start gap-2 md:items-end">
      <input type="hidden" name="keyId" value={keyId} />
      <ConfirmSubmit
        size="sm"
        label="Revoke…"
        question={`Revoke “${label}”? Deliveries with it get 401 from now on.`}
        confirmLabel="Revoke key"
        pendingLabel="Revoking…"
      />
      {state.status === "error" ? <FormMessage state={state} /> : null}
    </form>
  );
}
