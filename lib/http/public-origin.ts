/**
 * The origin people and Partner Center use to reach this app: the browser's own host (through a
 * reverse proxy's X-Forwarded-* headers when present), else NEXTAUTH_URL. URLs the app shows to be
 * pasted elsewhere (ingest endpoint, invitation links) are built on it.
 */
export function publicOrigin(headers: Headers, env: Record<string, string | undefined> = process.env): string {
  const first = (name: string) => headers.get(name)?.split(",")[0]?.trim() || null;
  const configured = env.NEXTAUTH_URL?.trim() ? new URL(env.NEXTAUTH_URL.trim()) : null;
  const host = first("x-forwarded-host") ?? first("host");
  if (host && /^[a-z0-9.\-:[\]]+$/i.test(host)) {
    // A proxy that terminates TLS without saying so still serves the configured https:// URL.
    if (configured?.host === host.toLowerCase()) return configured.origin;
    const proto = first("x-forwarded-proto") === "https" ? "https" : "http";
    return `${proto}://${host}`;
  }
  return configured?.origin ?? `http://localhost:${env.PORT ?? "3000"}`;
}
