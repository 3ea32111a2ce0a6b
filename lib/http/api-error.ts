import { NextResponse } from "next/server";

/** Every API error has one shape: `{ error: { field, message } }`, the message naming the field. */
export function apiError(
  status: number,
  field: string,
  message: string,
  extra: Record<string, unknown> = {},
  headers: HeadersInit = {},
): NextResponse {
  const text = message.startsWith(`${field}:`) ? message : `${field}: ${message}`;
  return NextResponse.json({ error: { field, message: text }, ...extra }, { status, headers });
}

export const DATABASE_RETRY_AFTER_SECONDS = 30;

export function databaseUnavailable(): NextResponse {
  return apiError(
    503,
    "database",
    "cannot be written right now; nothing was stored, send again later",
    {},
    { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) },
  );
}
