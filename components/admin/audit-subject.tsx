import Link from "next/link";
import { AUDIT_KIND_LABELS, isAuditKind } from "@/lib/audit/audit-filters";

function hrefFor(kind: string, id: string): string | null {
  switch (kind) {
    case "lead":
      return `/leads/${id}`;
    case "user":
      return `/admin/users/${id}`;
    case "delivery":
      return `/admin/journal/${id}`;
    case "key":
      return "/admin/keys";
    default:
      return null;
  }
}

/** What an audit entry changed: its kind, and its name linking to it where it has a page. */
export function AuditSubject({ kind, id, name }: { kind: string; id: string; name: string | null }) {
  const href = hrefFor(kind, id);
  const text = name ?? `${id.slice(0, 10)}…`;
  return (
    <div className="min-w-0">
      <div className="text-xs text-slate-500">{isAuditKind(kind) ? AUDIT_KIND_LABELS[kind] : kind}</div>
      {href ? (
        <Link href={href} className="block max-w-[14rem] truncate text-slate-900 hover:text-brand-700 hover:underline" title={id}>
          {text}
        </Link>
      ) : (
        <span className="block max-w-[14rem] truncate" title={id}>
          {text}
        </span>
      )}
    </div>
  );
}
