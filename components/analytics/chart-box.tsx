"use client";

import { ResponsiveContainer } from "recharts";

/**
 * A chart's frame: a fixed height (the server has no width to measure; a fixed height and an
 * initial size keep Recharts quiet while rendering there), and a label saying the same figures
 * are in the table beside it. The drawing itself is hidden from screen readers: the table is
 * the accessible, copyable form of every number. Charts with many bars keep a minimum width and
 * scroll sideways on a phone rather than crushing their labels.
 */
export function ChartBox({
  label,
  height = 260,
  minWidth,
  children,
}: {
  label: string;
  height?: number;
  minWidth?: number;
  children: React.ReactElement;
}) {
  return (
    <div className="w-full overflow-x-auto">
      <div role="img" aria-label={`${label}. The same figures are in the table.`} style={{ height, minWidth }}>
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
          {children}
        </ResponsiveContainer>
      </div>
    </div>
  );
}
