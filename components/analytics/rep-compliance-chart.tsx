"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, GRID_STROKE, LEGEND_PROPS, OUTCOME_COLORS } from "./chart-palette";
import { ChartBox } from "./chart-box";
import { NameTick } from "./name-tick";
import { formatCount } from "./format";

export interface RepBar {
  name: string;
  met: number;
  missed: number;
  overdue: number;
}

/** Per rep: leads met, missed and overdue, stacked, one row a rep. */
export function RepComplianceChart({ reps }: { reps: RepBar[] }) {
  return (
    <ChartBox label="Leads contacted within 24 hours, late, or overdue, per rep" height={Math.max(160, 44 + reps.length * 34)}>
      <BarChart data={reps} layout="vertical" margin={{ top: 4, right: 12, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
        <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} tickFormatter={formatCount} />
        <YAxis type="category" dataKey="name" width={130} tick={<NameTick max={18} />} interval={0} />
        <Tooltip formatter={(value, name) => [formatCount(Number(value)), name]} cursor={{ fill: "#f1f5f9" }} />
        <Legend {...LEGEND_PROPS} />
        <Bar dataKey="met" name="Within 24 h" stackId="outcome" fill={OUTCOME_COLORS.met} isAnimationActive={false} />
        <Bar dataKey="missed" name="Late" stackId="outcome" fill={OUTCOME_COLORS.missed} isAnimationActive={false} />
        <Bar dataKey="overdue" name="Overdue" stackId="outcome" fill={OUTCOME_COLORS.overdue} isAnimationActive={false} />
      </BarChart>
    </ChartBox>
  );
}
