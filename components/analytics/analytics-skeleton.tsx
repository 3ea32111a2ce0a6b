/** The analytics pages while their figures are counted: header, filters and two chart cards, pulsing. */
export function AnalyticsSkeleton() {
  return (
    <div className="space-y-4" aria-busy="true" aria-live="polite">
      <span className="sr-only">Counting the figures…</span>
      <div className="h-14 animate-pulse rounded-md bg-slate-200/70" />
      <div className="h-9 w-2/3 animate-pulse rounded-md bg-slate-200/60" />
      {[0, 1].map((card) => (
        <div key={card} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <div className="h-4 w-48 animate-pulse rounded bg-slate-200" />
          <div className="grid gap-4 lg:grid-cols-5">
            <div className="h-60 animate-pulse rounded bg-slate-100 lg:col-span-3" />
            <div className="h-60 animate-pulse rounded bg-slate-100 lg:col-span-2" />
          </div>
        </div>
      ))}
    </div>
  );
}
