import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface AppRoute {
  /** The URL pattern in the authorisation table's syntax: `:name` one segment, `*` the rest. */
  pattern: string;
  kind: "page" | "route";
  /** Methods the route answers: a page is read with GET and receives its server actions by POST. */
  methods: string[];
  file: string;
}

const APP_DIR = path.join(__dirname, "..", "..", "app");
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function segmentPattern(segment: string): string | null {
  if (/^\(.*\)$/.test(segment) || segment.startsWith("@")) return null; // route groups and slots add no segment
  if (/^\[\[?\.\.\..+\]\]?$/.test(segment)) return "*";
  const param = /^\[(.+)\]$/.exec(segment);
  return param ? `:${param[1]}` : segment;
}

/** The methods a route.ts exports, however it exports them. */
export function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g)) found.add(match[1]!);
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of match[1]!.split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (name) found.add(name);
    }
  }
  return HTTP_METHODS.filter((method) => found.has(method));
}

/** Every page and route handler under app/, as the authorisation table must list them. */
export function discoverAppRoutes(dir = APP_DIR, segments: string[] = []): AppRoute[] {
  const routes: AppRoute[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith("_")) continue; // private folders are not routes
      const segment = segmentPattern(entry.name);
      routes.push(...discoverAppRoutes(full, segment === null ? segments : [...segments, segment]));
      continue;
    }
    const pattern = `/${segments.join("/")}`;
    const file = path.relative(path.join(APP_DIR, ".."), full);
    if (/^page\.(tsx|ts|jsx|js)$/.test(entry.name)) routes.push({ pattern, kind: "page", methods: ["GET", "POST"], file });
    if (/^route\.(ts|js)$/.test(entry.name)) {
      routes.push({ pattern, kind: "route", methods: exportedMethods(readFileSync(full, "utf8")), file });
    }
  }
  return routes;
}

/** A concrete path that a pattern matches, for asking the table (and the proxy) about it. */
export function samplePath(pattern: string): string {
  const path = pattern
    .split("/")
    .map((segment) => (segment.startsWith(":") ? `sample-${segment.slice(1)}` : segment === "*" ? "sample/rest" : segment))
    .join("/");
  return path || "/";
}
