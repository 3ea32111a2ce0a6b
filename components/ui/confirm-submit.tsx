"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "./button";
import { SubmitButton } from "./submit-button";

/**
 * A destructive submit in two steps, inside its form: the first button asks, the second (danger)
 * confirms. Focus moves to the question so keyboard and screen-reader users hear it.
 */
export function ConfirmSubmit({
  label,
  question,
  confirmLabel,
  pendingLabel,
  size = "md",
}: {
  label: string;
  question: React.ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  size?: "sm" | "md";
}) {
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <Button size={size} variant="secondary" className="text-red-700" onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2 rounded-md bg-red-50 px-3 py-2 ring-1 ring-inset ring-red-200">
      <p ref={questionRef} tabIndex={-1} className="text-sm text-red-900 outline-none">
        {question}
      </p>
      <div className="flex gap-2">
        <SubmitButton variant="danger" size={size} pendingLabel={pendingLabel}>
          {confirmLabel}
        </SubmitButton>
        <Button size={size} variant="ghost" onClick={() => setAsking(false)}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
