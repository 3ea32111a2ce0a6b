export default function LoadingLead() {
  return (
    <div className="space-y-4" aria-busy="true">
      <span className="sr-only">Loading lead…</span>
      <div className="h-16 animate-pulse rounded-md bg-slate-200/70" />
      <div className="grid gap-4 lg:grid-cols-[1fr_22rem]">
        <div className="h-96 animate-pulse rounded-lg bg-white" />
        <div className="h-96 animate-pulse rounded-lg bg-white" />
      </div>
    </div>
  );
}
