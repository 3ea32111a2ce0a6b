"use client";

import { Badge } from "@/components/ui/badge";
import { useNow } from "@/components/ui/use-now";
import { formatDuration } from "@/lib/format/duration";

/** When the next nurture touch is due, after the first contact. */
export function NextTouchBadge({ dueAt, attempts, serverNow }: { dueAt: string; attempts: number; serverNow: number }) {
  const now = useNow(serverNow);
  const left = Date.parse(dueAt) - now;
  const touch = `Touch ${attempts + 1}`;
  return left < 0 ? (
    <Badge tone="red" title={`Due ${new Date(dueAt).toUTCString()}`}>
      {touch} overdue {formatDuration(-left)}
    </Badge>
  ) : (
    <Badge tone="sky" title={`Due ${new Date(dueAt).toUTCString()}`}>
      {touch} in {formatDuration(left)}
    </Badge>
  );
}
