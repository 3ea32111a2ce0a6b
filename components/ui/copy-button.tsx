"use client";

import { useEffect, useState } from "react";
import { Button } from "./button";

/**
 * Copies a value to the clipboard and says so, for secrets and URLs to paste elsewhere. `what`
 * names the value for screen readers ("Copy endpoint URL") while the button itself reads "Copy".
 */
export function CopyButton({ value, what, className }: { value: string; what?: string; className?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      // Without clipboard access (plain http on another host) the value stays selectable.
      setState("failed");
    }
  }

  return (
    <Button size="sm" onClick={copy} className={className}>
      <span aria-live="polite">
        {state === "copied" ? "Copied" : state === "failed" ? "Select and copy" : "Copy"}
        {what && state === "idle" ? <span className="sr-only"> {what}</span> : null}
      </span>
    </Button>
  );
}
