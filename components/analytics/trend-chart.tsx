"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { Interval } from "@/lib/analytics/analytics-query-schema";
import type { TrendTable } from "@/lib/analytics/get-lead-trends";
import { AXIS_TICK, GRID_STROKE, LEGEND_PROPS, seriesColor } from "./chart-palette";
import { ChartBox } from "./chart-box";
import { formatCount, formatShortDay } from "./format";

/** New leads per day or week, stacked by source or action. */
export function TrendChart({ table, interval, label }: { table: TrendTable; interval: Interval; label: string }) {
  return (
    <ChartBox label={label} height={280} minWidth={560}>
      <BarChart data={table.rows} margin={{ top: 8, right: 4, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="bucket" tick={AXIS_TICK} tickFormatter={formatShortDay} minTickGap={12} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} tickFormatter={formatCount} width={52} />
        <Tooltip
          labelFormatter={(bucket) => (interval === "week" ? `Week of ${formatShortDay(String(bucket))}` : formatShortDay(String(bucket)))}
          formatter={(value, name) => [formatCount(Number(value)), name]}
          cursor={{ fill: "#f1f5f9" }}
        />
        <Legend {...LEGEND_PROPS} />
        {table.series.map((series, index) => (
          <Bar
            key={series.key}
            name={series.label}
            dataKey={(row: TrendTable["rows"][number]) => row.counts[series.key] ?? 0}
            stackId="leads"
            fill={seriesColor(index)}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartBox>
  );
}
