import type { FormState } from "@/lib/forms/form-state";
import { cn } from "./cn";

/** The outcome of a form's last submit, announced to screen readers; nothing before the first. */
export function FormMessage({ state, hideDone = false }: { state: FormState<unknown>; hideDone?: boolean }) {
  if (state.status === "idle" || (state.status === "done" && hideDone)) return null;
  const error = state.status === "error";
  return (
    <p
      role={error ? "alert" : "status"}
      className={cn(
        "rounded-md px-3 py-2 text-sm",
        error ? "bg-red-50 text-red-800 ring-1 ring-inset ring-red-200" : "bg-emerald-50 text-emerald-800 ring-1 ring-inset ring-emerald-200",
      )}
    >
      {state.message}
    </p>
  );
}
