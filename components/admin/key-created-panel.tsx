"use client";

import { useActionState } from "react";
import Link from "next/link";
import { sendTestLeadAction, type CreatedKey } from "@/app/(app)/admin/keys/actions";
import { Button } from "@/components/ui/button";
import { CopyableValue } from "@/components/ui/copyable-value";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE_FORM } from "@/lib/forms/form-state";

/** The one moment a key's secret is visible: the endpoint URL to paste, and a live test of it. */
export function KeyCreatedPanel({ created, onDone }: { created: CreatedKey; onDone: () => void }) {
  const [test, sendTest] = useActionState(sendTestLeadAction, IDLE_FORM);
  const delivered = test.status === "done" && test.data.reached && test.data.status < 300 ? test.data : null;
  return (
    <div className="space-y-4" role="region" aria-label={`Key ${created.label} created`}>
      <div className="rounded-md border border-amber-200 bg-amber-50/60 p-4">
        <p className="text-sm font-semibold text-amber-900">Copy the endpoint URL now: the key is shown only this once.</p>
        <p className="mt-1 text-sm text-amber-900/80">
          In Partner Center, open your offer’s <em>Customer leads</em> page, choose <strong>HTTPS endpoint</strong>, paste
          this URL and press <strong>Validate</strong>.
        </p>
        <div className="mt-3 space-y-3">
          <CopyableValue id="endpoint-url" label="Endpoint URL for Partner Center" value={created.endpointUrl} />
          <CopyableValue id="key-secret" label="Key alone" value={created.secret} hint="For scripts: send it as Authorization: Bearer <key>." />
        </div>
      </div>
      <form action={sendTest} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="secret" value={created.secret} />
        <SubmitButton variant="secondary" pendingLabel="Sending…">
          Send a test lead
        </SubmitButton>
        <span className="text-sm text-slate-600">Posts a Partner Center-style test lead through this URL.</span>
      </form>
      {test.status !== "idle" ? (
        <div className="space-y-2">
          <FormMessage state={test.status === "done" && !delivered ? { status: "error", message: test.message, fieldErrors: {} } : test} />
          {delivered?.deliveryId ? (
            <p className="text-sm text-slate-600">
              It is kept as a test lead, out of queues and charts.{" "}
              <Link href={`/admin/journal/${delivered.deliveryId}`} className="font-medium text-brand-700 hover:underline">
                See the delivery in the journal
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}
      <Button variant="primary" onClick={onDone}>
        Done, I copied it
      </Button>
    </div>
  );
}
