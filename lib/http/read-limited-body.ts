export type LimitedBody = { ok: true; text: string } | { ok: false; reason: "too-large"; head: string };

/**
 * Reads a request body as UTF-8 text, stopping as soon as it exceeds `limitBytes`, so an oversized
 * body costs at most that much memory. The head that was read is returned for the journal.
 */
export async function readLimitedBody(request: Request, limitBytes: number): Promise<LimitedBody> {
  const declared = Number(request.headers.get("content-length"));
  const decoder = new TextDecoder("utf-8");
  if (Number.isFinite(declared) && declared > limitBytes) {
    await request.body?.cancel().catch(() => undefined);
    return { ok: false, reason: "too-large", head: "" };
  }
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    chunks.push(value);
    if (size > limitBytes) {
      await reader.cancel().catch(() => undefined);
      const head = Buffer.concat(chunks).subarray(0, limitBytes);
      return { ok: false, reason: "too-large", head: decoder.decode(head) };
    }
  }
  return { ok: true, text: decoder.decode(Buffer.concat(chunks)) };
}
