import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { headCell, stacked } from "@/components/ui/table-styles";
import type { IngestKeyRow } from "@/lib/ingest-keys/list-ingest-keys";
import { RevokeKeyForm } from "./revoke-key-form";

function Time({ at, empty }: { at: Date | null; empty: string }) {
  return at ? <LocalTime iso={at.toISOString()} /> : <span className="text-slate-400">{empty}</span>;
}

/** On phones each key is a card; the labels spell out what the table's header says on wider screens. */
function Label({ children }: { children: string }) {
  return <span className="mr-1 text-xs text-slate-500 md:hidden">{children}</span>;
}

export function IngestKeysTable({ keys }: { keys: IngestKeyRow[] }) {
  return (
    <table className={stacked.table}>
      <caption className="sr-only">Ingest keys</caption>
      <thead className={`${stacked.head} bg-slate-50`}>
        <tr>
          <th scope="col" className={headCell}>Label</th>
          <th scope="col" className={headCell}>Created by</th>
          <th scope="col" className={headCell}>Created</th>
          <th scope="col" className={headCell}>Last used</th>
          <th scope="col" className={`${headCell} text-right`}>Deliveries</th>
          <th scope="col" className={`${headCell} text-right`}>
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className={stacked.body}>
        {keys.map((key) => (
          <tr key={key.id} data-key-label={key.label} className={`${stacked.row} ${key.revokedAt ? "bg-slate-50/60 text-slate-500" : ""}`}>
            <td className={`${stacked.cell} md:align-middle`}>
              <div className="flex flex-wrap items-center gap-1.5">
                <span className="font-medium text-slate-900">{key.label}</span>
                {key.revokedAt ? <Badge tone="red">Revoked</Badge> : <Badge tone="green">Active</Badge>}
              </div>
              <code className="text-xs text-slate-500">{key.secretPrefix}…</code>
            </td>
            <td className={`${stacked.cell} md:align-middle`}>
              <Label>Created by</Label>
              {key.createdBy?.name ?? <span className="text-slate-400">—</span>}
            </td>
            <td className={`${stacked.cell} whitespace-nowrap md:align-middle`}>
              <Label>Created</Label>
              <Time at={key.createdAt} empty="—" />
            </td>
            <td className={`${stacked.cell} whitespace-nowrap md:align-middle`}>
              <Label>Last used</Label>
              <Time at={key.lastUsedAt} empty="Never" />
            </td>
            <td className={`${stacked.cell} tabular-nums md:align-middle md:text-right`}>
              <Label>Deliveries</Label>
              {key.deliveryCount > 0 ? (
                <Link href={`/admin/journal?key=${key.id}`} className="text-brand-700 hover:underline">
                  {key.deliveryCount.toLocaleString("en-US")}
                  <span className="sr-only"> deliveries with {key.label}</span>
                </Link>
              ) : (
                "0"
              )}
            </td>
            <td className={`${stacked.cell} md:align-middle md:text-right`}>
              {key.revokedAt ? (
                <span className="whitespace-nowrap text-xs">
                  Revoked <LocalTime iso={key.revokedAt.toISOString()} />
                </span>
              ) : (
                <RevokeKeyForm keyId={key.id} label={key.label} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
