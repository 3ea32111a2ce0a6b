"use client";

import { useEffect, useState } from "react";

const formatter = (timeZone?: string) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "2-digit",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });

/** A timestamp in the reader's own time zone; the server renders UTC until the browser takes over. */
export function LocalTime({ iso }: { iso: string }) {
  const date = new Date(iso);
  const [text, setText] = useState(() => `${formatter("UTC").format(date)} UTC`);
  useEffect(() => setText(formatter().format(new Date(iso))), [iso]);
  return (
    <time dateTime={iso} title={date.toISOString()}>
      {text}
    </time>
  );
}
