"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, GRID_STROKE, LEGEND_PROPS, OUTCOME_COLORS } from "./chart-palette";
import { ChartBox } from "./chart-box";
import { formatCount, formatShortDay } from "./format";

export interface WeekBar {
  week: string;
  met: number;
  missed: number;
  overdue: number;
  /** Percent within 24 hours, or null for a week with nothing decided yet. */
  withinPercent: number | null;
}

/** Per arrival week: leads met, missed and overdue as stacked bars, the share within 24 h as a line. */
export function WeeklyComplianceChart({ weeks }: { weeks: WeekBar[] }) {
  return (
    <ChartBox label="Leads contacted within 24 hours, late, or overdue, per week of arrival" height={280} minWidth={560}>
      <ComposedChart data={weeks} margin={{ top: 8, right: 4, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="week" tick={AXIS_TICK} tickFormatter={formatShortDay} minTickGap={12} />
        <YAxis yAxisId="leads" allowDecimals={false} tick={AXIS_TICK} tickFormatter={formatCount} width={52} />
        <YAxis yAxisId="share" orientation="right" domain={[0, 100]} tick={AXIS_TICK} tickFormatter={(v) => `${v}%`} width={44} />
        <Tooltip
          labelFormatter={(week) => `Week of ${formatShortDay(String(week))}`}
          formatter={(value, name) => [name === "Within 24 h" ? `${Number(value).toFixed(1)}%` : formatCount(Number(value)), name]}
        />
        <Legend {...LEGEND_PROPS} />
        <Bar yAxisId="leads" dataKey="met" name="Within 24 h (met)" stackId="outcome" fill={OUTCOME_COLORS.met} isAnimationActive={false} />
        <Bar yAxisId="leads" dataKey="missed" name="Contacted late" stackId="outcome" fill={OUTCOME_COLORS.missed} isAnimationActive={false} />
        <Bar yAxisId="leads" dataKey="overdue" name="Overdue, not contacted" stackId="outcome" fill={OUTCOME_COLORS.overdue} isAnimationActive={false} />
        <Line yAxisId="share" dataKey="withinPercent" name="Within 24 h" stroke={OUTCOME_COLORS.share} strokeWidth={2} dot={{ r: 2 }} connectNulls isAnimationActive={false} />
      </ComposedChart>
    </ChartBox>
  );
}
