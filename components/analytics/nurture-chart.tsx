"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, GRID_STROKE, LEGEND_PROPS, OUTCOME_COLORS } from "./chart-palette";
import { ChartBox } from "./chart-box";
import { formatCount } from "./format";

export interface AttemptsBar {
  attempts: number;
  won: number;
  lost: number;
}

/** Closed leads by the number of contact attempts they got, won beside lost. */
export function NurtureChart({ rows }: { rows: AttemptsBar[] }) {
  return (
    <ChartBox label="Closed leads by number of contact attempts, won and lost" height={240}>
      <BarChart data={rows} margin={{ top: 8, right: 4, bottom: 16, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="attempts" tick={AXIS_TICK} label={{ value: "Contact attempts", position: "insideBottom", offset: -10, fontSize: 12, fill: "#475569" }} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} tickFormatter={formatCount} width={52} />
        <Tooltip labelFormatter={(n) => `${n} attempts`} formatter={(value, name) => [formatCount(Number(value)), name]} cursor={{ fill: "#f1f5f9" }} />
        <Legend verticalAlign="top" {...LEGEND_PROPS} />
        <Bar dataKey="won" name="Won" fill={OUTCOME_COLORS.won} radius={[3, 3, 0, 0]} isAnimationActive={false} />
        <Bar dataKey="lost" name="Lost" fill={OUTCOME_COLORS.lost} radius={[3, 3, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </ChartBox>
  );
}
