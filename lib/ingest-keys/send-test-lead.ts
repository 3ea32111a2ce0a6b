import { testLeadBody } from "./test-lead-body";

export type TestLeadResult =
  | { reached: true; status: number; outcome: string | null; leadId: string | null; deliveryId: string | null; error: string | null }
  | { reached: false; error: string };

const TIMEOUT_MS = 10_000;

/**
 * Posts a Partner Center-style test lead to the endpoint URL over HTTP, exactly as the marketplace
 * will: the same URL, the same handler, key check and journal. A failure here is what Partner
 * Center's Validate would meet.
 */
export async function sendTestLead(endpointUrl: string, fetcher: typeof fetch = fetch): Promise<TestLeadResult> {
  let response: Response;
  try {
    response = await fetcher(endpointUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(testLeadBody()),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: "no-store",
    });
  } catch (error) {
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    return { reached: false, error: `the endpoint could not be reached (${reason})` };
  }
  const json = (await response.json().catch(() => ({}))) as {
    outcome?: string;
    leadId?: string;
    deliveryId?: string;
    error?: { message?: string };
  };
  return {
    reached: true,
    status: response.status,
    outcome: json.outcome ?? null,
    leadId: json.leadId ?? null,
    deliveryId: json.deliveryId ?? null,
    error: json.error?.message ?? (response.ok ? null : `HTTP ${response.status}`),
  };
}
