import Link from "next/link";

/** One headline figure with a line saying what it counts; a link when leads stand behind it. */
export function StatTile({ label, value, detail, href }: { label: string; value: string; detail: string; href?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
      <p className="text-xs font-medium text-slate-600">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums tracking-tight text-slate-900">
        {href ? (
          <Link href={href} className="hover:text-brand-700 hover:underline">
            {value}
          </Link>
        ) : (
          value
        )}
      </p>
      <p className="mt-0.5 text-xs text-slate-500">{detail}</p>
    </div>
  );
}
