"use client";

import Link from "next/link";
import { useActionState } from "react";
import { replayDeliveryAction } from "@/app/(app)/admin/journal/[id]/actions";
import { fieldProps } from "@/components/ui/field-props";
import { FormField, inputClasses } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { fieldErrorOf, IDLE_FORM } from "@/lib/forms/form-state";

/**
 * Edits a rejected body and replays it through the ingest logic. The textarea starts from the
 * last correction (or the raw body); the raw body itself is never changed.
 */
export function ReplayDeliveryForm({ deliveryId, startingBody }: { deliveryId: string; startingBody: string }) {
  const [state, action] = useActionState(replayDeliveryAction, IDLE_FORM);
  const stillRejected = state.status === "done" && state.data.outcome === "rejected";
  const props = fieldProps(state, "body");
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="deliveryId" value={deliveryId} />
      <FormField label="Corrected body" htmlFor="body" error={fieldErrorOf(state, "body")} hint="Fix what the error names, keep everything else as Microsoft sent it.">
        <textarea
          {...props}
          defaultValue={props.defaultValue ?? startingBody}
          rows={Math.min(24, Math.max(8, startingBody.split("\n").length + 2))}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          className={inputClasses("font-mono text-xs leading-relaxed")}
        />
      </FormField>
      {state.status === "done" ? (
        <FormMessage state={stillRejected ? { status: "error", message: state.message, fieldErrors: {} } : state} />
      ) : state.status === "error" && !fieldErrorOf(state, "body") ? (
        <FormMessage state={state} />
      ) : null}
      {state.status === "done" && state.data.leadId ? (
        <p className="text-sm">
          <Link href={`/leads/${state.data.leadId}`} className="font-medium text-brand-700 hover:underline">
            Open the lead
          </Link>
        </p>
      ) : null}
      <SubmitButton pendingLabel="Replaying…">Replay with this body</SubmitButton>
    </form>
  );
}
