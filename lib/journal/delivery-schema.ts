import { z } from "zod";
import { MAX_LEAD_BODY_BYTES } from "@/lib/ingest/max-lead-body";

/** The delivery entity's shapes: a correction is a whole body, as the marketplace would have sent it. */
export const replayDeliverySchema = z.object({
  deliveryId: z.string().trim().min(1, "no delivery given").max(64, "not a delivery id"),
  body: z
    .string()
    .min(1, "enter the corrected body")
    .refine((body) => new TextEncoder().encode(body).byteLength <= MAX_LEAD_BODY_BYTES, `at most ${MAX_LEAD_BODY_BYTES / 1024} KB`),
});
export type ReplayDeliveryInput = z.output<typeof replayDeliverySchema>;
