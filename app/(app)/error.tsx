"use client";

import { Button } from "@/components/ui/button";
import { StatePanel } from "@/components/ui/state-panel";

export default function SignedInError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <StatePanel
      tone="error"
      title="This page could not load"
      action={
        <Button variant="primary" onClick={reset}>
          Try again
        </Button>
      }
    >
      {error.digest ? `Reference ${error.digest}. ` : null}If the database is restarting, a retry in a few seconds usually works.
    </StatePanel>
  );
}
