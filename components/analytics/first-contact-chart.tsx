"use client";

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, GRID_STROKE, LEGEND_PROPS, OUTCOME_COLORS, seriesColor } from "./chart-palette";
import { ChartBox } from "./chart-box";
import { NameTick } from "./name-tick";
import { formatWait } from "./format";

export interface WaitBar {
  name: string;
  /** Hours, for the axis; the tooltip shows the exact wait. */
  medianHours: number | null;
  p90Hours: number | null;
}

const HOUR = 3_600_000;

/** Median and 90th-percentile wait for a first contact, per rep, against the 24-hour line. */
export function FirstContactChart({ reps }: { reps: WaitBar[] }) {
  return (
    <ChartBox label="Median and 90th percentile time to first contact, per rep, in hours" height={Math.max(160, 44 + reps.length * 34)}>
      <BarChart data={reps} layout="vertical" margin={{ top: 4, right: 12, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
        <XAxis type="number" tick={AXIS_TICK} tickFormatter={(h) => `${h}h`} />
        <YAxis type="category" dataKey="name" width={130} tick={<NameTick max={18} />} interval={0} />
        <Tooltip formatter={(value, name) => [formatWait(Number(value) * HOUR), name]} cursor={{ fill: "#f1f5f9" }} />
        <Legend {...LEGEND_PROPS} />
        <ReferenceLine x={24} stroke={OUTCOME_COLORS.overdue} strokeDasharray="4 3" label={{ value: "24 h", position: "top", fontSize: 11, fill: OUTCOME_COLORS.overdue }} />
        <Bar dataKey="medianHours" name="Median" fill={seriesColor(0)} isAnimationActive={false} />
        <Bar dataKey="p90Hours" name="90th percentile" fill={seriesColor(1)} isAnimationActive={false} />
      </BarChart>
    </ChartBox>
  );
}
