/** Which key a delivery came with: a stored key's label, or the server's LEAD_INGEST_KEY. */
export function KeyName({ keySource, label }: { keySource: string; label: string | null }) {
  if (keySource === "env") return <span className="text-slate-600">Server key (LEAD_INGEST_KEY)</span>;
  return <span className="text-slate-900">{label ?? "Deleted key"}</span>;
}
