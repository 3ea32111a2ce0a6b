import { describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { hashPassword } from "@/lib/auth/password";
import { THROTTLED_MESSAGE } from "@/lib/auth/sign-in-messages";
import { ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT, THROTTLE_WINDOW_MS } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db/client";

const PASSWORD = "correct horse battery";

async function makeUser(email: string, options: { active?: boolean } = {}) {
  await db.user.create({ data: { email, name: email, role: "rep", passwordHash: await hashPassword(PASSWORD), active: options.active ?? true } });
}

const from = (address: string) => ({ "x-forwarded-for": address });
const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);

/** The outcome of one sign-in, as the sign-in screen would report it. */
async function attempt(email: string, password: string, address: string, now: Date): Promise<"signed-in" | "refused" | "throttled"> {
  try {
    return (await authorizeCredentials({ email, password }, from(address), now)) ? "signed-in" : "refused";
  } catch (error) {
    if (error instanceof Error && error.message === THROTTLED_MESSAGE) return "throttled";
    throw error;
  }
}

describe("sign-in throttling", () => {
  it("pauses an account after repeated failures, even for the right password, until the window passes", async () => {
    await makeUser("paused@throttle.example");
    const start = new Date("2026-11-20T09:00:00Z");
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) {
      expect(await attempt("paused@throttle.example", "wrong password", `10.0.0.${i}`, at(start, i))).toBe("refused");
    }
    expect(await attempt("paused@throttle.example", PASSWORD, "10.0.1.1", at(start, 10))).toBe("throttled");
    // Attempts while paused do not extend the pause.
    expect(await attempt("paused@throttle.example", PASSWORD, "10.0.1.1", at(start, 60))).toBe("throttled");
    const later = new Date(start.getTime() + THROTTLE_WINDOW_MS + 5_000);
    expect(await attempt("paused@throttle.example", PASSWORD, "10.0.1.1", later)).toBe("signed-in");
  });

  it("throttles an unknown email exactly like a real one, so the answer reveals nothing", async () => {
    await makeUser("real@throttle.example");
    const start = new Date("2026-11-20T10:00:00Z");
    const answers = async (email: string) => {
      const seen = [];
      for (let i = 0; i <= ACCOUNT_FAILURE_LIMIT; i++) seen.push(await attempt(email, "wrong password", "10.1.0.1", at(start, i)));
      return seen;
    };
    const real = await answers("real@throttle.example");
    const unknown = await answers("nobody@throttle.example");
    expect(unknown).toEqual(real);
    expect(real.at(-1)).toBe("throttled");
  });

  it("starts counting again after a successful sign-in", async () => {
    await makeUser("resets@throttle.example");
    const start = new Date("2026-11-20T11:00:00Z");
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++) await attempt("resets@throttle.example", "wrong", "10.2.0.1", at(start, i));
    expect(await attempt("resets@throttle.example", PASSWORD, "10.2.0.1", at(start, 10))).toBe("signed-in");
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++) {
      expect(await attempt("resets@throttle.example", "wrong", "10.2.0.1", at(start, 20 + i))).toBe("refused");
    }
    expect(await attempt("resets@throttle.example", PASSWORD, "10.2.0.1", at(start, 40))).toBe("signed-in");
  });

  it("pauses an address that sprays many emails, while other addresses still sign in", async () => {
    await makeUser("bystander@throttle.example");
    const start = new Date("2026-11-20T12:00:00Z");
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT; i++) {
      expect(await attempt(`spray-${i}@throttle.example`, "guess", "203.0.113.9", at(start, i))).toBe("refused");
    }
    expect(await attempt("bystander@throttle.example", PASSWORD, "203.0.113.9", at(start, 30))).toBe("throttled");
    expect(await attempt("bystander@throttle.example", PASSWORD, "198.51.100.7", at(start, 31))).toBe("signed-in");
  });

  it("uses the address the nearest proxy saw, not one the client wrote into X-Forwarded-For", async () => {
    await makeUser("spoof@throttle.example");
    const start = new Date("2026-11-20T13:00:00Z");
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT; i++) {
      const headers = { "x-forwarded-for": `192.0.2.${i}, 203.0.113.50` };
      await authorizeCredentials({ email: `rotate-${i}@throttle.example`, password: "guess" }, headers, at(start, i));
    }
    await expect(
      authorizeCredentials({ email: "spoof@throttle.example", password: PASSWORD }, { "x-forwarded-for": "192.0.2.200, 203.0.113.50" }, at(start, 30)),
    ).rejects.toThrow(THROTTLED_MESSAGE);
  });

  it("refuses a burst of parallel guesses beyond the limit", async () => {
    await makeUser("burst@throttle.example");
    const now = new Date("2026-11-20T14:00:00Z");
    const outcomes = await Promise.all(
      Array.from({ length: ACCOUNT_FAILURE_LIMIT * 3 }, (_, i) => attempt("burst@throttle.example", `guess-${i}`, `10.3.0.${i}`, now)),
    );
    expect(outcomes.filter((outcome) => outcome === "refused").length).toBeLessThanOrEqual(ACCOUNT_FAILURE_LIMIT);
    expect(outcomes).toContain("throttled");
  });

  it("refuses a deactivated user and records when an active one signs in", async () => {
    await makeUser("gone@throttle.example", { active: false });
    await makeUser("here@throttle.example");
    const now = new Date("2026-11-20T15:00:00Z");
    expect(await attempt("gone@throttle.example", PASSWORD, "10.4.0.1", now)).toBe("refused");
    expect(await attempt("HERE@throttle.example ", PASSWORD, "10.4.0.1", now)).toBe("signed-in");
    const here = await db.user.findUniqueOrThrow({ where: { email: "here@throttle.example" }, select: { lastSignInAt: true } });
    expect(here.lastSignInAt).toEqual(now);
  });
});
