import { unstable_rethrow } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizeAction } from "@/lib/auth/authorize-action";
import type { SessionUser } from "@/lib/auth/session-user";
import { FieldError } from "@/lib/errors/field-error";
import type { FormState } from "./form-state";

export interface FormActionResult<T> {
  message: string;
  data: T;
}

/** A submitted form as a plain object, without the fields React adds for its own bookkeeping. */
export function formFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (name.startsWith("$ACTION") || typeof value !== "string") continue;
    fields[name] = value;
  }
  return fields;
}

export function zodFieldErrors(error: z.ZodError): Partial<Record<string, string>> {
  const errors: Partial<Record<string, string>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}

const SECRET_FIELD = /password|secret|token/i;

/** The submitted fields a refused form may show again: everything but passwords and secrets. */
export function replayableValues(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([name]) => !SECRET_FIELD.test(name)));
}

/** Turns what a domain function refused into the state a form shows; Next's redirects are rethrown. */
export function refusalState(error: unknown, values?: Record<string, string>): FormState<never> {
  unstable_rethrow(error);
  if (error instanceof FieldError) {
    const sentence = `${error.reason.charAt(0).toUpperCase()}${error.reason.slice(1)}.`;
    return { status: "error", message: sentence, fieldErrors: { [error.field]: error.reason }, values };
  }
  console.error(error);
  return { status: "error", message: "Nothing was changed: the server could not finish. Try again in a moment.", fieldErrors: {}, values };
}

/**
 * The one path of a server action: who is acting (the authorisation table's rule for the page the
 * action lives on), zod validation with the entity's shared schema, then the domain function.
 * Refusals come back as state naming the field; pages are refreshed after a change.
 */
export async function runAction<Schema extends z.ZodType, T>(options: {
  page: string;
  schema: Schema;
  input: unknown;
  run: (input: z.output<Schema>, actor: SessionUser) => Promise<FormActionResult<T>>;
  revalidate?: string[];
  /** Refresh the layouts too (the app shell shows the user's name). */
  revalidateLayout?: boolean;
  /** What to show again in the form if it is refused. */
  values?: Record<string, string>;
}): Promise<FormState<T>> {
  const { values } = options;
  try {
    const actor = await authorizeAction(options.page);
    const parsed = options.schema.safeParse(options.input);
    if (!parsed.success) {
      const fieldErrors = zodFieldErrors(parsed.error);
      const first = Object.values(fieldErrors)[0];
      const message = Object.keys(fieldErrors).length === 1 && first ? `${first.charAt(0).toUpperCase()}${first.slice(1)}.` : "Check the fields marked below.";
      return { status: "error", message, fieldErrors, values };
    }
    const result = await options.run(parsed.data, actor);
    for (const path of options.revalidate ?? [options.page]) revalidatePath(path, options.revalidateLayout ? "layout" : undefined);
    return { status: "done", ...result };
  } catch (error) {
    return refusalState(error, values);
  }
}

/** runAction for a submitted form: its fields are the input, and all but secrets are shown again if refused. */
export async function runFormAction<Schema extends z.ZodType, T>(
  options: Omit<Parameters<typeof runAction<Schema, T>>[0], "input" | "values"> & { formData: FormData },
): Promise<FormState<T>> {
  const fields = formFields(options.formData);
  return runAction({ ...options, input: fields, values: replayableValues(fields) });
}
