import { Badge, type BadgeTone } from "@/components/ui/badge";
import { isDeliveryOutcome, OUTCOME_DESCRIPTIONS, OUTCOME_LABELS, type DeliveryOutcome } from "@/lib/journal/delivery-outcome";

const TONE: Record<DeliveryOutcome, BadgeTone> = {
  accepted: "green",
  joined: "sky",
  replay: "neutral",
  rejected: "red",
  received: "amber",
};

export function OutcomeBadge({ outcome }: { outcome: string }) {
  if (!isDeliveryOutcome(outcome)) return <Badge>{outcome}</Badge>;
  return (
    <Badge tone={TONE[outcome]} title={OUTCOME_DESCRIPTIONS[outcome]}>
      {OUTCOME_LABELS[outcome]}
    </Badge>
  );
}
