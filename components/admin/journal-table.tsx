import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import { headCell, stacked } from "@/components/ui/table-styles";
import { isReplayable } from "@/lib/journal/delivery-outcome";
import type { DeliveryListRow } from "@/lib/journal/list-deliveries";
import { KeyName } from "./key-name";
import { OutcomeBadge } from "./outcome-badge";

export function JournalTable({ rows }: { rows: DeliveryListRow[] }) {
  return (
    <table className={stacked.table}>
      <caption className="sr-only">Deliveries, newest first</caption>
      <thead className={`${stacked.head} bg-slate-50`}>
        <tr>
          <th scope="col" className={headCell}>Received</th>
          <th scope="col" className={headCell}>Key</th>
          <th scope="col" className={headCell}>Outcome</th>
          <th scope="col" className={`${headCell} w-full`}>Body</th>
        </tr>
      </thead>
      <tbody className={stacked.body}>
        {rows.map((row) => (
          <tr key={row.id} data-delivery-id={row.id} className={`${stacked.row} ${row.outcome === "rejected" ? "bg-red-50/30" : ""} hover:bg-slate-50`}>
            <td className={`${stacked.cell} whitespace-nowrap`}>
              <Link href={`/admin/journal/${row.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                <LocalTime iso={row.receivedAt.toISOString()} />
              </Link>
            </td>
            <td className={`${stacked.cell} md:whitespace-nowrap`}>
              <KeyName keySource={row.keySource} label={row.keyLabel} />
            </td>
            <td className={`${stacked.cell} whitespace-nowrap`}>
              <OutcomeBadge outcome={row.outcome} />
              {row.corrected || row.replayedAt ? <span className="ml-1.5 text-xs text-slate-500">{row.corrected ? "corrected" : "replayed"}</span> : null}
            </td>
            <td className={stacked.cell}>
              {row.error && isReplayable(row.outcome) ? <p className="mb-1 text-xs font-medium text-red-800">{row.error}</p> : null}
              <code className="line-clamp-2 break-all font-mono text-xs text-slate-600 md:max-w-[44rem]">{row.preview || <em>empty body</em>}</code>
              <span className="text-xs text-slate-400">{row.bytes.toLocaleString("en-US")} bytes</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
