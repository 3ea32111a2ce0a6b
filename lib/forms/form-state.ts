/**
 * What a server action hands back to the form that called it (through React's useActionState):
 * idle before the first submit, an error naming the fields at fault, or done with a message and
 * whatever the screen needs next (a one-time secret, an id).
 */
export type FormState<T = null> =
  | { status: "idle" }
  | {
      status: "error";
      message: string;
      fieldErrors: Partial<Record<string, string>>;
      /** What was submitted (never passwords or secrets): React resets a form after its action, so the form shows these again. */
      values?: Record<string, string>;
    }
  | { status: "done"; message: string; data: T };

export const IDLE_FORM: FormState<never> = { status: "idle" };

export function fieldErrorOf(state: FormState<unknown>, field: string): string | undefined {
  return state.status === "error" ? state.fieldErrors[field] : undefined;
}

/** The value a field had when the last submit was refused, to show it again. */
export function submittedValue(state: FormState<unknown>, field: string): string | undefined {
  return state.status === "error" ? state.values?.[field] : undefined;
}
