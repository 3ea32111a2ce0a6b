"use server";

import { headers } from "next/headers";
import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "@/lib/forms/run-form-action";
import { publicOrigin } from "@/lib/http/public-origin";
import { createIngestKey } from "@/lib/ingest-keys/create-ingest-key";
import { ingestEndpointUrl } from "@/lib/ingest-keys/ingest-endpoint-url";
import { createIngestKeySchema, ingestKeyRefSchema, sendTestLeadSchema } from "@/lib/ingest-keys/ingest-key-schema";
import { revokeIngestKey } from "@/lib/ingest-keys/revoke-ingest-key";
import { sendTestLead, type TestLeadResult } from "@/lib/ingest-keys/send-test-lead";

const PAGE = "/admin/keys";

export interface CreatedKey {
  keyId: string;
  label: string;
  secret: string;
  endpointUrl: string;
}

export async function createKeyAction(_previous: FormState<CreatedKey>, formData: FormData) {
  return runFormAction({
    page: PAGE,
    schema: createIngestKeySchema,
    formData,
    run: async (input, actor) => {
      const key = await createIngestKey(actor, input);
      const endpointUrl = ingestEndpointUrl(publicOrigin(await headers()), key.secret);
      return { message: `Key "${key.label}" created.`, data: { ...key, endpointUrl } };
    },
  });
}

/** Posts a sample lead through the real endpoint with the key just created (its secret comes back from the screen). */
export async function sendTestLeadAction(_previous: FormState<TestLeadResult>, formData: FormData) {
  return runFormAction({
    page: PAGE,
    schema: sendTestLeadSchema,
    formData,
    run: async ({ secret }) => {
      const result = await sendTestLead(ingestEndpointUrl(publicOrigin(await headers()), secret));
      const message = !result.reached
        ? `Not delivered: ${result.error}.`
        : result.status < 300
          ? `Delivered: the endpoint answered ${result.status} (${result.outcome}).`
          : `The endpoint answered ${result.status}: ${result.error}.`;
      return { message, data: result };
    },
  });
}

export async function revokeKeyAction(_previous: FormState<null>, formData: FormData) {
  return runFormAction({
    page: PAGE,
    schema: ingestKeyRefSchema,
    formData,
    run: async (input, actor) => {
      const { label } = await revokeIngestKey(actor, input);
      return { message: `"${label}" is revoked: its next delivery gets 401.`, data: null };
    },
  });
}
