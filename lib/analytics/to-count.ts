/**
 * A number from a raw query's aggregate: PostgreSQL answers COUNT and SUM as bigint (or numeric
 * text), SQLite as a plain number, and SUM over no rows as null.
 */
export function toCount(value: unknown): number {
  if (value === null || value === undefined) return 0;
  const number = Number(value);
  if (!Number.isFinite(number)) throw new Error(`not a number from the database: ${String(value)}`);
  return number;
}
