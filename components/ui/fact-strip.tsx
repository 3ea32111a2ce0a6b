import { cn } from "./cn";

/** A detail page's key facts in one band of columns: small caps label over its value. */
export function FactStrip({ facts, className }: { facts: [string, React.ReactNode][]; className?: string }) {
  return (
    <dl className={cn("grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm", className)}>
      {facts.map(([label, value]) => (
        <div key={label} className="min-w-0">
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
          <dd className="mt-0.5 break-words text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
