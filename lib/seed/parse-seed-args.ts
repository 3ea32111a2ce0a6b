/** Command-line arguments of `npm run seed`; problems are reported as messages naming the flag. */
export interface SeedArgs {
  leads: number;
  seed: number;
  now: Date;
  help: boolean;
}

export type ParsedSeedArgs = { ok: true; args: SeedArgs } | { ok: false; message: string };

export const SEED_USAGE = `Usage: npm run seed -- --leads N [--seed S] [--now ISO]

Adds N synthetic Microsoft marketplace leads (contacts, deliveries, events, owners, contact
attempts) to the database DATABASE_URL points at (SQLite data/leads.db by default).

  --leads N   how many leads to add (required): 1000, 1e6 or 1_000_000
  --seed S    which synthetic data set, a whole number 0..4294967295 (default 1). The same seed
              and --now always produce the same rows; a seed already in the database is skipped,
              so use another seed to add more.
  --now ISO   the moment every timestamp is relative to (leads span the ~9 months before it).
              Default: the current time rounded down to the hour (UTC).
  --help      show this text`;

/** Accepts 1000, 1_000_000 and 1e6 alike: big counts are easier to type and read that way. */
export function parseCount(text: string): number | null {
  const cleaned = text.trim().replace(/_/g, "");
  if (!/^\d+(\.\d+)?(e\d+)?$/i.test(cleaned) || /^_|_$|__/.test(text.trim())) return null;
  const value = Number(cleaned);
  return Number.isSafeInteger(value) ? value : null;
}

export function currentHour(): Date {
  const hour = 60 * 60 * 1000;
  return new Date(Math.floor(Date.now() / hour) * hour);
}

export function parseSeedArgs(argv: readonly string[]): ParsedSeedArgs {
  const values = new Map<string, string>();
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") {
      help = true;
      continue;
    }
    const match = /^--(leads|seed|now)(?:=(.*))?$/.exec(arg);
    if (!match) return { ok: false, message: `unknown argument ${JSON.stringify(arg)}; see --help` };
    const name = match[1]!;
    const value = match[2] ?? argv[++i];
    if (value === undefined || (match[2] === undefined && value.startsWith("--"))) {
      return { ok: false, message: `--${name} needs a value` };
    }
    values.set(name, value);
  }
  if (help) return { ok: true, args: { leads: 0, seed: 1, now: currentHour(), help } };

  const leadsText = values.get("leads");
  if (leadsText === undefined) return { ok: false, message: "--leads is required: how many leads to add, e.g. --leads 10000" };
  const leads = parseCount(leadsText);
  if (leads === null || leads < 1) {
    return { ok: false, message: `--leads: expected a positive whole number such as 1000, 1e6 or 1_000_000, got ${JSON.stringify(leadsText)}` };
  }

  const seedText = values.get("seed") ?? "1";
  const seed = parseCount(seedText);
  if (seed === null || seed > 0xffff_ffff) {
    return { ok: false, message: `--seed: expected a whole number from 0 to 4294967295, got ${JSON.stringify(seedText)}` };
  }

  const nowText = values.get("now");
  const now = nowText === undefined ? currentHour() : new Date(nowText);
  if (Number.isNaN(now.getTime())) {
    return { ok: false, message: `--now: expected an ISO date-time such as 2026-01-31T09:00:00Z, got ${JSON.stringify(nowText)}` };
  }
  return { ok: true, args: { leads, seed, now, help } };
}
