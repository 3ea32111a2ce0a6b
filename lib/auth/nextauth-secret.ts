import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * NEXTAUTH_SECRET signs sessions. When it is not configured, one is generated on first start and
 * kept under data/ so sessions survive restarts. Several app servers must share a configured one.
 */
export function ensureNextAuthSecret(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.NEXTAUTH_SECRET?.trim();
  if (configured) return configured;
  const file = path.join(dataDir, "nextauth-secret");
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored) return stored;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
