/** The URL to paste into Partner Center as the HTTPS endpoint: Partner Center stores only a URL. */
export function ingestEndpointUrl(origin: string, secret: string): string {
  const url = new URL("/api/leads", origin);
  url.searchParams.set("key", secret);
  return url.toString();
}
