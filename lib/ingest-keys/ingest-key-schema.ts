import { z } from "zod";

/** The ingest key entity's shapes, shared by server actions, domain functions and forms. */
export const keyLabelSchema = z
  .string()
  .trim()
  .min(1, "name the key, e.g. \"Partner Center – production\"")
  .max(80, "at most 80 characters");

export const createIngestKeySchema = z.object({ label: keyLabelSchema });
export type CreateIngestKeyInput = z.output<typeof createIngestKeySchema>;

export const ingestKeyRefSchema = z.object({ keyId: z.string().trim().min(1, "no key given").max(64, "not a key id") });
export type IngestKeyRef = z.output<typeof ingestKeyRefSchema>;

/** The secret comes back from the "key created" screen: the server never stored it in clear. */
export const sendTestLeadSchema = z.object({ secret: z.string().trim().min(8, "the key is missing").max(200, "not a key") });
export type SendTestLeadInput = z.output<typeof sendTestLeadSchema>;
