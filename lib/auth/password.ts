import bcrypt from "bcryptjs";

// Cost 11 ≈ 0.1–0.2 s here: slow enough to hurt guessing, fast enough for a sign-in.
const COST = 11;

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  // Compare against a real hash even for unknown users, so timing does not reveal which emails exist.
  return bcrypt.compare(password, hash ?? "$2b$11$CwTycUXWue0Thq9StjUM0uJ8.uGq7W6cZrmGZrvhPa9pC4S5l7Ioy");
}
