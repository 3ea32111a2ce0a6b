import { CopyButton } from "@/components/ui/copy-button";

/**
 * A body exactly as stored: whitespace, invalid JSON and all. Shown in a scrolling block with its
 * size, so what the marketplace sent can be read and copied byte for byte.
 */
export function DeliveryBody({ title, body, id }: { title: string; body: string; id: string }) {
  const bytes = new TextEncoder().encode(body).byteLength;
  return (
    <figure className="min-w-0">
      <figcaption className="flex items-center justify-between gap-2 pb-1.5">
        <span id={id} className="text-sm font-medium text-slate-800">
          {title} <span className="font-normal text-slate-500">· {bytes.toLocaleString("en-US")} bytes</span>
        </span>
        <CopyButton value={body} what={title} />
      </figcaption>
      <pre
        aria-labelledby={id}
        tabIndex={0}
        className="max-h-96 overflow-auto whitespace-pre-wrap break-all rounded-md bg-slate-900 p-3 font-mono text-xs leading-relaxed text-slate-100"
      >
        {body === "" ? <em className="text-slate-400">(empty body)</em> : body}
      </pre>
    </figure>
  );
}
