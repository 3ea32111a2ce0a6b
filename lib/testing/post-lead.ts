import { receiveLead } from "@/app/api/leads/_post";

export const TEST_ENV_KEY = "test-env-ingest-key";

export interface PostLeadOptions {
  key?: string | null;
  bearer?: string;
  contentType?: string | null;
}

/** Sends a body through the real ingest handler, as the marketplace would. */
export async function postLead(body: string | object, options: PostLeadOptions = {}) {
  const key = options.key === undefined ? TEST_ENV_KEY : options.key;
  const url = new URL("http://localhost/api/leads");
  if (key) url.searchParams.set("key", key);
  const headers = new Headers();
  const contentType = options.contentType === undefined ? "application/json" : options.contentType;
  if (contentType) headers.set("content-type", contentType);
  if (options.bearer) headers.set("authorization", `Bearer ${options.bearer}`);
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const response = await receiveLead(new Request(url, { method: "POST", headers, body: text }));
  const json = (await response.json()) as Record<string, unknown> & {
    leadId?: string;
    outcome?: string;
    deliveryId?: string;
    error?: { field: string; message: string };
  };
  return { status: response.status, headers: response.headers, json };
}
