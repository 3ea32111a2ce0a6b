import { ZodError } from "zod";

export type ActionResult<T = undefined> =
  | { ok: true; message: string; data?: T }
  | { ok: false; field: string; message: string };

/** A refusal with a field, thrown by domain functions (FieldError and the like). */
interface FieldError {
  field: string;
  message: string;
}

function isFieldError(error: unknown): error is FieldError {
  return error instanceof Error && typeof (error as Partial<FieldError>).field === "string";
}

/**
 * Runs a server action's domain call and turns validation and permission refusals into a result
 * the form can show next to the field. Anything else is a real failure and is rethrown.
 */
export async function actionResult<T>(work: () => Promise<{ message: string; data?: T }>): Promise<ActionResult<T>> {
  try {
    const done = await work();
    return { ok: true, ...done };
  } catch (error) {
    if (error instanceof ZodError) {
      const issue = error.issues[0]!;
      const field = issue.path.map(String).join(".") || "input";
      return { ok: false, field, message: `${field}: ${issue.message}` };
    }
    if (isFieldError(error)) return { ok: false, field: error.field, message: error.message };
    throw error;
  }
}
