import Link from "next/link";
import { CopyButton } from "@/components/ui/copy-button";
import { cn } from "@/components/ui/cn";

export interface FigureColumn {
  label: string;
  numeric?: boolean;
}

export interface FigureCell {
  text: string;
  /** The lead table behind the number. */
  href?: string;
  /** What the link says to screen readers, e.g. "Open the 12 leads that reached trial". */
  linkLabel?: string;
}

/**
 * The numbers of a chart as a table: readable by screen readers, selectable, and copyable in one
 * click as tab-separated text that pastes into a spreadsheet.
 */
export function FigureTable({
  caption,
  columns,
  rows,
  maxHeight,
}: {
  caption: string;
  columns: FigureColumn[];
  rows: FigureCell[][];
  /** Long tables (one row a day) scroll inside the card instead of pushing the page. */
  maxHeight?: string;
}) {
  const tsv = [columns.map((c) => c.label), ...rows.map((row) => row.map((cell) => cell.text))].map((line) => line.join("\t")).join("\n");
  return (
    <div className="space-y-1.5">
      <div className="flex items-center justify-between gap-2">
        <p className="text-xs text-slate-500">{caption}</p>
        <CopyButton value={tsv} what={`table: ${caption}`} />
      </div>
      <div className={cn("overflow-auto rounded-md border border-slate-200", maxHeight)}>
        <table className="min-w-full text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="sticky top-0 bg-slate-50 text-xs font-medium text-slate-600">
            <tr>
              {columns.map((column) => (
                <th key={column.label} scope="col" className={cn("whitespace-nowrap px-3 py-2", column.numeric ? "text-right" : "text-left")}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row, r) => (
              <tr key={r} className="hover:bg-slate-50/70">
                {row.map((cell, c) => {
                  const numeric = columns[c]?.numeric;
                  const Cell = c === 0 ? "th" : "td";
                  return (
                    <Cell
                      key={c}
                      scope={c === 0 ? "row" : undefined}
                      className={cn("whitespace-nowrap px-3 py-1.5", numeric ? "text-right tabular-nums" : "text-left", c === 0 ? "font-medium text-slate-800" : "text-slate-700")}
                    >
                      {cell.href ? (
                        <Link href={cell.href} className="text-brand-700 hover:underline" aria-label={cell.linkLabel}>
                          {cell.text}
                        </Link>
                      ) : (
                        cell.text
                      )}
                    </Cell>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
