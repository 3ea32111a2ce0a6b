"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState, useTransition } from "react";
import { addLeadNoteAction, assignLeadsAction, changeLeadStatusAction, logContactAttemptAction } from "@/app/(app)/leads/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormField, inputClasses } from "@/components/ui/form-field";
import { IDLE_FORM, type FormState } from "@/lib/forms/form-state";
import { FormMessage } from "@/components/ui/form-message";
import { LEAD_STATUSES, STATUS_LABELS, type LeadStatus } from "@/lib/leads/lead-status";
import { CHANNEL_LABELS, CONTACT_CHANNELS, CONTACT_OUTCOMES, OUTCOME_LABELS } from "@/lib/leads/lead-work-schema";

/** Resets a form once its action succeeded, so the next note or attempt starts blank. */
function useResetOnSuccess(result: FormState<null>) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (result.status === "done") ref.current?.reset();
  }, [result]);
  return ref;
}

export function WorkPanel({
  leadId,
  ownerId,
  status,
  canWork,
  canClaim,
  canAssign,
  contactable,
  attempts,
  owners,
  currentUserId,
}: {
  leadId: string;
  ownerId: string | null;
  status: string;
  canWork: boolean;
  canClaim: boolean;
  canAssign: boolean;
  contactable: boolean;
  attempts: number;
  owners: { value: string; label: string }[];
  currentUserId: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [quick, setQuick] = useState<FormState<null>>(IDLE_FORM);
  const [nextStatus, setNextStatus] = useState<LeadStatus>(status as LeadStatus);
  const [reason, setReason] = useState("");
  const [attemptResult, logAttempt, logging] = useActionState(logContactAttemptAction, IDLE_FORM);
  const [noteResult, addNote, noting] = useActionState(addLeadNoteAction, IDLE_FORM);
  const attemptForm = useResetOnSuccess(attemptResult);
  const noteForm = useResetOnSuccess(noteResult);

  function run(work: () => Promise<FormState<null>>) {
    startTransition(async () => {
      const result = await work();
      setQuick(result);
      if (result.status === "done") router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      <Card title="Owner and status">
        <div className="space-y-3">
          {canAssign ? (
            <FormField label="Owner" htmlFor="owner">
              <select
                id="owner"
                value={ownerId ?? ""}
                disabled={pending}
                onChange={(e) => run(() => assignLeadsAction({ leadIds: [leadId], ownerId: e.target.value || null }))}
                className={inputClasses()}
              >
                <option value="">Unassigned</option>
                {owners.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </FormField>
          ) : canClaim && ownerId !== currentUserId ? (
            <Button variant="primary" disabled={pending} onClick={() => run(() => assignLeadsAction({ leadIds: [leadId], ownerId: currentUserId }))}>
              Claim this lead
            </Button>
          ) : null}
          <div className="flex items-end gap-2">
            <div className="flex-1">
              <FormField label="Status" htmlFor="status">
                <select id="status" value={nextStatus} disabled={!canWork || pending} onChange={(e) => setNextStatus(e.target.value as LeadStatus)} className={inputClasses()}>
                  {LEAD_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {STATUS_LABELS[s]}
                    </option>
                  ))}
                </select>
              </FormField>
            </div>
            <Button
              disabled={!canWork || pending || nextStatus === status}
              onClick={() => run(() => changeLeadStatusAction({ leadIds: [leadId], status: nextStatus, reason }))}
            >
              Update
            </Button>
          </div>
          {nextStatus === "lost" && nextStatus !== status ? (
            <FormField label="Why is it lost?" htmlFor="lost-reason" hint={attempts < 3 ? `Needed: only ${attempts} of 3 contact attempts so far.` : "Optional."}>
              <input id="lost-reason" value={reason} onChange={(e) => setReason(e.target.value)} className={inputClasses()} />
            </FormField>
          ) : null}
          <FormMessage state={quick} />
          {!canWork ? <p className="text-sm text-slate-500">Claim the lead (or ask a manager) to work on it.</p> : null}
        </div>
      </Card>

      <Card title="Log a contact attempt">
        {contactable ? (
          <form ref={attemptForm} action={logAttempt} className="space-y-3">
            <input type="hidden" name="leadId" value={leadId} />
            <div className="grid grid-cols-2 gap-2">
              <FormField label="Channel" htmlFor="channel">
                <select id="channel" name="channel" defaultValue="call" disabled={!canWork} className={inputClasses()}>
                  {CONTACT_CHANNELS.map((c) => (
                    <option key={c} value={c}>
                      {CHANNEL_LABELS[c]}
                    </option>
                  ))}
                </select>
              </FormField>
              <FormField label="Outcome" htmlFor="outcome">
                <select id="outcome" name="outcome" defaultValue="reached" disabled={!canWork} className={inputClasses()}>
                  {CONTACT_OUTCOMES.map((o) => (
                    <option key={o} value={o}>
                      {OUTCOME_LABELS[o]}
                    </option>
                  ))}
                </select>
              </FormField>
            </div>
            <FormField label="What happened" htmlFor="attempt-note">
              <textarea id="attempt-note" name="note" rows={2} disabled={!canWork} className={inputClasses()} />
            </FormField>
            <div className="flex items-center gap-3">
              <Button type="submit" variant="primary" disabled={!canWork || logging}>
                {logging ? "Logging…" : "Log attempt"}
              </Button>
              <FormMessage state={attemptResult} />
            </div>
          </form>
        ) : (
          <p className="text-sm text-slate-600">This lead must not be contacted.</p>
        )}
      </Card>

      <Card title="Add a note">
        <form ref={noteForm} action={addNote} className="space-y-3">
          <input type="hidden" name="leadId" value={leadId} />
          <label htmlFor="note-body" className="sr-only">
            Note
          </label>
          <textarea id="note-body" name="body" rows={3} required disabled={!canWork} className={inputClasses()} placeholder="Context for the next person who opens this lead" />
          <div className="flex items-center gap-3">
            <Button type="submit" disabled={!canWork || noting}>
              {noting ? "Saving…" : "Add note"}
            </Button>
            <FormMessage state={noteResult} />
          </div>
        </form>
      </Card>
    </div>
  );
}
