/**
 * A change the app refuses for a reason a person can act on: it names the field at fault (or the
 * thing, like "role" or "session") and says why. Forms show it beside the field; the API turns it
 * into `{ error: { field, message } }` with its status.
 */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly status: 400 | 401 | 403 | 404 | 409 = 400,
  ) {
    super(message.startsWith(`${field}:`) ? message : `${field}: ${message}`);
    this.name = "FieldError";
  }

  /** The message without its `field:` prefix, for display beside the field itself. */
  get reason(): string {
    return this.message.slice(this.field.length + 1).trim();
  }
}
