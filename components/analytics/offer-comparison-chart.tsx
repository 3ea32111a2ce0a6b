"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, GRID_STROKE, OUTCOME_COLORS, seriesColor } from "./chart-palette";
import { ChartBox } from "./chart-box";
import { NameTick } from "./name-tick";
import { formatCount } from "./format";

export interface OfferBar {
  name: string;
  leads: number;
  /** Percent of closed leads won; null while none is closed. */
  winPercent: number | null;
}

const height = (offers: number) => Math.max(160, 36 + offers * 28);

/** Offers by volume, and by win rate, each on its own scale, in the same order. */
export function OfferComparisonChart({ offers }: { offers: OfferBar[] }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2 [&>*]:min-w-0">
      <ChartBox label="New leads per offer" height={height(offers.length)}>
        <BarChart data={offers} layout="vertical" margin={{ top: 4, right: 12, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
          <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} tickFormatter={formatCount} />
          <YAxis type="category" dataKey="name" width={190} tick={<NameTick />} interval={0} />
          <Tooltip formatter={(value) => [formatCount(Number(value)), "New leads"]} cursor={{ fill: "#f1f5f9" }} />
          <Bar dataKey="leads" name="New leads" fill={seriesColor(0)} radius={[0, 3, 3, 0]} isAnimationActive={false} />
        </BarChart>
      </ChartBox>
      <ChartBox label="Win rate per offer, among closed leads" height={height(offers.length)}>
        <BarChart data={offers} layout="vertical" margin={{ top: 4, right: 12, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
          <XAxis type="number" domain={[0, 100]} tick={AXIS_TICK} tickFormatter={(v) => `${v}%`} />
          <YAxis type="category" dataKey="name" width={190} tick={<NameTick />} interval={0} />
          <Tooltip formatter={(value) => [`${Number(value).toFixed(1)}%`, "Win rate"]} cursor={{ fill: "#f1f5f9" }} />
          <Bar dataKey="winPercent" name="Win rate" fill={OUTCOME_COLORS.won} radius={[0, 3, 3, 0]} isAnimationActive={false} />
        </BarChart>
      </ChartBox>
    </div>
  );
}
