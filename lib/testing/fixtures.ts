import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Example marketplace payloads, shaped as Microsoft's documentation shows them. */
export const FIXTURE_DIR = path.join(__dirname, "fixtures", "marketplace");

export function readFixture(name: string): string {
  return readFileSync(path.join(FIXTURE_DIR, name), "utf8");
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR).filter((name) => name.endsWith(".json")).sort();
}
