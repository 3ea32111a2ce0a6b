import { fieldErrorOf, submittedValue, type FormState } from "@/lib/forms/form-state";

/**
 * The attributes that tie an input to its form state: its name and id, the value shown again
 * after a refused submit, and the error FormField prints under it (`<id>-error`).
 */
export function fieldProps(state: FormState<unknown>, name: string, id = name) {
  const error = fieldErrorOf(state, name);
  return {
    id,
    name,
    defaultValue: submittedValue(state, name),
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
  };
}
