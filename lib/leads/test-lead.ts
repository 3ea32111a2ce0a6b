/**
 * Partner Center's "Validate" button (and every publish) sends a lead whose fields read
 * MSFT_TEST_<digits>. Such leads are kept but stay out of queues, the follow-up clock and charts.
 */
const TEST_MARKER = /MSFT_TEST_/i;

export function containsTestMarker(value: unknown): boolean {
  if (typeof value === "string") return TEST_MARKER.test(value);
  if (Array.isArray(value)) return value.some(containsTestMarker);
  if (value && typeof value === "object") return Object.values(value).some(containsTestMarker);
  return false;
}
