"use server";

import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "@/lib/forms/run-form-action";
import { OUTCOME_LABELS } from "@/lib/journal/delivery-outcome";
import { replayDeliverySchema } from "@/lib/journal/delivery-schema";
import { replayDelivery } from "@/lib/journal/replay-delivery";

// The journal's rule covers its detail pages too (both admin).
const PAGE = "/admin/journal";

export interface ReplayOutcome {
  outcome: string;
  leadId: string | null;
}

export async function replayDeliveryAction(_previous: FormState<ReplayOutcome>, formData: FormData): Promise<FormState<ReplayOutcome>> {
  return runFormAction<typeof replayDeliverySchema, ReplayOutcome>({
    page: PAGE,
    schema: replayDeliverySchema,
    formData,
    revalidate: ["/admin/journal", `/admin/journal/${formData.get("deliveryId")}`],
    run: async (input, actor) => {
      const processed = await replayDelivery(actor, input);
      if (!processed.ok) {
        return { message: `Replayed, and still rejected: ${processed.problem.message}`, data: { outcome: "rejected", leadId: null } };
      }
      return {
        message: `Replayed: ${OUTCOME_LABELS[processed.outcome].toLowerCase()}.`,
        data: { outcome: processed.outcome, leadId: processed.leadId },
      };
    },
  });
}
