"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { assignLeadsAction, changeLeadStatusAction } from "@/app/(app)/leads/actions";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { IDLE_FORM, type FormState } from "@/lib/forms/form-state";
import { LEAD_STATUSES, STATUS_LABELS, type LeadStatus } from "@/lib/leads/lead-status";

/** Work on the selected rows: assign (or claim) and change status, all or nothing. */
export function BulkActions({
  selectedIds,
  owners,
  canAssign,
  currentUserId,
  onDone,
}: {
  selectedIds: string[];
  owners: { value: string; label: string }[];
  canAssign: boolean;
  currentUserId: string;
  onDone: () => void;
}) {
  const router = useRouter();
  const [owner, setOwner] = useState("");
  const [status, setStatus] = useState<LeadStatus | "">("");
  const [reason, setReason] = useState("");
  const [result, setResult] = useState<FormState<null>>(IDLE_FORM);
  const [pending, startTransition] = useTransition();

  if (selectedIds.length === 0) {
    return result.status === "done" ? <FormMessage state={result} /> : null;
  }

  function run(work: () => Promise<FormState<null>>) {
    startTransition(async () => {
      const outcome = await work();
      setResult(outcome);
      if (outcome.status === "done") {
        onDone();
        setStatus("");
        setReason("");
        router.refresh();
      }
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-2 rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 text-sm" role="region" aria-label="Bulk actions">
      <span className="font-medium text-brand-700">{selectedIds.length} selected</span>
      <label htmlFor="bulk-owner" className="sr-only">
        Assign to
      </label>
      <select id="bulk-owner" value={owner} onChange={(e) => setOwner(e.target.value)} className={inputClasses("h-8 w-auto py-0")}>
        <option value="">Assign to…</option>
        <option value={currentUserId}>Me (claim)</option>
        {canAssign ? (
          <>
            {owners.filter((o) => o.value !== currentUserId).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
            <option value="unassign">Nobody (unassign)</option>
          </>
        ) : null}
      </select>
      <Button
        size="sm"
        variant="primary"
        disabled={!owner || pending}
        onClick={() => run(() => assignLeadsAction({ leadIds: selectedIds, ownerId: owner === "unassign" ? null : owner }))}
      >
        Assign
      </Button>
      <span className="mx-1 h-5 w-px bg-brand-100" aria-hidden />
      <label htmlFor="bulk-status" className="sr-only">
        Change status to
      </label>
      <select id="bulk-status" value={status} onChange={(e) => setStatus(e.target.value as LeadStatus)} className={inputClasses("h-8 w-auto py-0")}>
        <option value="">Set status…</option>
        {LEAD_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      {status === "lost" ? (
        <>
          <label htmlFor="bulk-reason" className="sr-only">
            Reason for closing as lost
          </label>
          <input
            id="bulk-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder="Reason (needed before 3 attempts)"
            className={inputClasses("h-8 w-64")}
          />
        </>
      ) : null}
      <Button
        size="sm"
        variant="primary"
        disabled={!status || pending}
        onClick={() => status && run(() => changeLeadStatusAction({ leadIds: selectedIds, status, reason }))}
      >
        Apply
      </Button>
      <Button size="sm" variant="ghost" onClick={onDone}>
        Clear selection
      </Button>
      <FormMessage state={result} />
    </div>
  );
}
