"use client";

import { useSyncExternalStore } from "react";

// One ticking clock shared by every countdown on the page, rather than a timer per badge.
const TICK_MS = 15_000;
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((notify) => notify());
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** The current time, refreshed every few seconds; `serverNow` is used while rendering on the server. */
export function useNow(serverNow: number): number {
  return useSyncExternalStore(subscribe, () => now, () => serverNow);
}
