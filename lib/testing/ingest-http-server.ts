import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { receiveLead } from "@/app/api/leads/_post";

/**
 * The real ingest handler behind a real HTTP listener on a free port, so code that posts to the
 * endpoint over the network (the "send a test lead" button) can be tested end to end.
 */
export async function startIngestServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === "string") headers.set(name, value);
    const request = new Request(`http://${incoming.headers.host}${incoming.url}`, {
      method: incoming.method,
      headers,
      body: incoming.method === "POST" ? Buffer.concat(chunks) : undefined,
    });
    const response = incoming.url?.startsWith("/api/leads") && incoming.method === "POST" ? await receiveLead(request) : new Response("not found", { status: 404 });
    outgoing.writeHead(response.status, Object.fromEntries(response.headers.entries()));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
