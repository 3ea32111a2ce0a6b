"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, GRID_STROKE, seriesColor } from "./chart-palette";
import { ChartBox } from "./chart-box";
import { formatCount } from "./format";

export interface FunnelBar {
  name: string;
  leads: number;
  leadsUrl: string;
}

/** One funnel as horizontal bars, top step first; a bar opens the lead table on its leads. */
export function FunnelStepsChart({ steps, label }: { steps: FunnelBar[]; label: string }) {
  const router = useRouter();
  return (
    <ChartBox label={label} height={252}>
      <BarChart data={steps} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
        <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} tickFormatter={formatCount} />
        <YAxis type="category" dataKey="name" width={78} tick={AXIS_TICK} />
        <Tooltip formatter={(value) => [formatCount(Number(value)), "Leads"]} cursor={{ fill: "#f1f5f9" }} />
        <Bar
          dataKey="leads"
          fill={seriesColor(0)}
          radius={[0, 3, 3, 0]}
          isAnimationActive={false}
          cursor="pointer"
          onClick={(bar) => router.push((bar.payload as FunnelBar).leadsUrl)}
        >
          <LabelList dataKey="leads" position="right" formatter={(value) => formatCount(Number(value))} className="fill-slate-700 text-xs" />
        </Bar>
      </BarChart>
    </ChartBox>
  );
}
