import { auditChanges } from "@/lib/audit/audit-change";

const MAX_VALUE_CHARS = 120;

function Value({ text, tone }: { text: string | null; tone: "before" | "after" }) {
  if (text === null) return <span className="italic text-slate-400">none</span>;
  const short = text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text;
  return (
    <span title={text.length > MAX_VALUE_CHARS ? text : undefined} className={tone === "before" ? "text-slate-500 line-through decoration-slate-300" : "text-slate-900"}>
      {short}
    </span>
  );
}

/** Before → after, field by field, for one audit entry. */
export function AuditChangeList({ before, after }: { before: string | null; after: string | null }) {
  const changes = auditChanges(before, after);
  if (changes.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <dl className="space-y-0.5 text-xs">
      {changes.map((change) => (
        <div key={change.field} className="flex flex-wrap items-baseline gap-x-1.5 break-all">
          <dt className="font-medium text-slate-600">{change.field}</dt>
          <dd className="flex flex-wrap items-baseline gap-x-1.5">
            {change.before !== null ? (
              <>
                <Value text={change.before} tone="before" />
                <span aria-label="changed to" className="text-slate-400">→</span>
              </>
            ) : null}
            <Value text={change.after} tone="after" />
          </dd>
        </div>
      ))}
    </dl>
  );
}
