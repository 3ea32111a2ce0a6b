"use client";

import { shortLabel } from "./chart-palette";

/**
 * A category axis label on one line, cut with an ellipsis when long (the table beside the chart
 * has it whole): Recharts' own ticks wrap long names onto several crowded lines.
 */
export function NameTick({ x, y, payload, max = 24 }: { x?: number; y?: number; payload?: { value: string }; max?: number }) {
  return (
    <text x={x} y={y} dx={-4} dy={4} textAnchor="end" fontSize={12} fill="#475569">
      {shortLabel(String(payload?.value ?? ""), max)}
    </text>
  );
}
