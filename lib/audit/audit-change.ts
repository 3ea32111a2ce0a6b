export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

function parse(json: string | null): unknown {
  if (json === null) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

function show(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * An audit entry's before and after, field by field, as text: what a person reads in the log.
 * Fields whose value did not change are left out, unless nothing changed at all.
 */
export function auditChanges(beforeJson: string | null, afterJson: string | null): FieldChange[] {
  const before = parse(beforeJson);
  const after = parse(afterJson);
  if (!isRecord(before) && !isRecord(after)) {
    return before === undefined && after === undefined ? [] : [{ field: "value", before: show(before), after: show(after) }];
  }
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  const all = fields.map((field) => ({ field, before: show(from[field]), after: show(to[field]) }));
  const changed = all.filter((change) => change.before !== change.after);
  return changed.length ? changed : all;
}
