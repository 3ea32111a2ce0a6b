"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, GRID_STROKE, LEGEND_PROPS, seriesColor } from "./chart-palette";
import { ChartBox } from "./chart-box";
import { formatCount } from "./format";

export interface SideBySideRow {
  name: string;
  /** Leads per offer id. */
  counts: Record<string, number>;
  /** The lead table per offer id. */
  urls: Record<string, string>;
}

/** Several offers' funnels side by side: one group of bars per step, one colour per offer. */
export function OffersSideBySideChart({ rows, offers, label }: { rows: SideBySideRow[]; offers: { id: string; title: string }[]; label: string }) {
  const router = useRouter();
  return (
    <ChartBox label={label} height={300} minWidth={560}>
      <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="name" tick={AXIS_TICK} interval={0} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} tickFormatter={formatCount} width={52} />
        <Tooltip formatter={(value, name) => [formatCount(Number(value)), name]} cursor={{ fill: "#f1f5f9" }} />
        <Legend {...LEGEND_PROPS} />
        {offers.map((offer, index) => (
          <Bar
            key={offer.id}
            name={offer.title}
            dataKey={(row: SideBySideRow) => row.counts[offer.id] ?? 0}
            fill={seriesColor(index)}
            radius={[3, 3, 0, 0]}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(bar) => {
              const url = (bar.payload as SideBySideRow).urls[offer.id];
              if (url) router.push(url);
            }}
          />
        ))}
      </BarChart>
    </ChartBox>
  );
}
