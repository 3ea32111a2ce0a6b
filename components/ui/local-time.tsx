"use client";

import { useEffect, useState } from "react";

const formatter = (timeZone?: string, short = false) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "2-digit",
    month: "short",
    ...(short ? {} : { year: "numeric" as const }),
    hour: "2-digit",
    minute: "2-digit",
  });

/**
 * A timestamp in the reader's own time zone; the server renders UTC until the browser takes over.
 * `short` leaves the year out for dense tables, when the date is in the current year.
 */
export function LocalTime({ iso, short = false }: { iso: string; short?: boolean }) {
  const date = new Date(iso);
  const omitYear = short && date.getUTCFullYear() === new Date().getUTCFullYear();
  const [text, setText] = useState(() => `${formatter("UTC", omitYear).format(date)}${short ? "" : " UTC"}`);
  useEffect(() => setText(formatter(undefined, omitYear).format(new Date(iso))), [iso, omitYear]);
  return (
    <time dateTime={iso} title={date.toISOString()}>
      {text}
    </time>
  );
}
