/**
 * The address a sign-in came from, for throttling. Next.js sets X-Forwarded-For to the socket's
 * address when no proxy did; a reverse proxy appends the address it saw. The last entry is the one
 * the nearest trusted hop wrote, so it is the one a client cannot choose.
 */
export function clientAddress(headers: Record<string, string | string[] | undefined>): string {
  const forwarded = headers["x-forwarded-for"];
  const value = Array.isArray(forwarded) ? forwarded.join(",") : forwarded;
  const last = value?.split(",").map((part) => part.trim()).filter(Boolean).pop();
  const realIp = headers["x-real-ip"];
  return (last || (typeof realIp === "string" ? realIp.trim() : "") || "unknown").slice(0, 100);
}
