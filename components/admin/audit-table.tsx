import { LocalTime } from "@/components/ui/local-time";
import { headCell, stacked } from "@/components/ui/table-styles";
import { auditActionLabel } from "@/lib/audit/audit-action-labels";
import type { AuditRow } from "@/lib/audit/list-audit-entries";
import { AuditChangeList } from "./audit-change-list";
import { AuditSubject } from "./audit-subject";

/** Audit entries: when, who, what was done to which thing, and the values before and after. */
export function AuditTable({ rows, caption }: { rows: AuditRow[]; caption: string }) {
  return (
    <table className={stacked.table}>
      <caption className="sr-only">{caption}</caption>
      <thead className={`${stacked.head} bg-slate-50`}>
        <tr>
          <th scope="col" className={headCell}>When</th>
          <th scope="col" className={headCell}>Who</th>
          <th scope="col" className={headCell}>What</th>
          <th scope="col" className={headCell}>Changed</th>
          <th scope="col" className={`${headCell} min-w-[16rem]`}>Before → after</th>
        </tr>
      </thead>
      <tbody className={stacked.body}>
        {rows.map((row) => (
          <tr key={row.id} data-audit-action={row.action} className={stacked.row}>
            <td className={`${stacked.cell} whitespace-nowrap text-xs text-slate-600 md:text-sm`}>
              <LocalTime iso={row.at.toISOString()} />
            </td>
            <td className={`${stacked.cell} whitespace-nowrap`}>{row.actor?.name ?? <span className="text-slate-500">System</span>}</td>
            <td className={`${stacked.cell} font-medium text-slate-900 md:whitespace-nowrap`} title={row.action}>
              {auditActionLabel(row.action)}
            </td>
            <td className={stacked.cell}>
              <AuditSubject kind={row.entityType} id={row.entityId} name={row.subjectName} />
            </td>
            <td className={stacked.cell}>
              <AuditChangeList before={row.before} after={row.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
