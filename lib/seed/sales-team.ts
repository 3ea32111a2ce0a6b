import type { Db } from "@/lib/db/client";

/**
 * The seeded sales team. Reps differ in how fast they answer and how often they win, so analytics
 * have something to compare. No password is ever set: these accounts cannot sign in until an admin
 * invites or resets them.
 */
export interface SeedTeamMember {
  email: string;
  name: string;
  role: "rep" | "manager";
  /** Chance the rep makes first contact within 24 hours. */
  responsiveness: number;
  /** Relative share of new leads the rep is given. */
  load: number;
  /** Multiplier on the chance a qualified lead ends as won. */
  winSkill: number;
}

export const SEED_TEAM: readonly SeedTeamMember[] = [
  { email: "rep1@seed.example", name: "Alex Rivera", role: "rep", responsiveness: 0.88, load: 1.2, winSkill: 1.2 },
  { email: "rep2@seed.example", name: "Bea Lindqvist", role: "rep", responsiveness: 0.8, load: 1.0, winSkill: 1.0 },
  { email: "rep3@seed.example", name: "Chen Wei", role: "rep", responsiveness: 0.74, load: 1.0, winSkill: 1.1 },
  { email: "rep4@seed.example", name: "Dara O'Connell", role: "rep", responsiveness: 0.66, load: 0.9, winSkill: 0.9 },
  { email: "rep5@seed.example", name: "Emeka Obi", role: "rep", responsiveness: 0.55, load: 0.8, winSkill: 0.8 },
  { email: "rep6@seed.example", name: "Farah Haddad", role: "rep", responsiveness: 0.78, load: 1.1, winSkill: 1.0 },
  { email: "manager1@seed.example", name: "Grace Holloway", role: "manager", responsiveness: 0.9, load: 0.15, winSkill: 1.3 },
  { email: "manager2@seed.example", name: "Hiro Tanaka", role: "manager", responsiveness: 0.9, load: 0.1, winSkill: 1.3 },
];

export interface SeedOwner extends SeedTeamMember {
  id: string;
}

/** Creates the team, or finds it from an earlier seed run; existing accounts are left as they are. */
export async function upsertSeedTeam(db: Db, createdAt: Date): Promise<SeedOwner[]> {
  const owners: SeedOwner[] = [];
  for (const member of SEED_TEAM) {
    const user = await db.user.upsert({
      where: { email: member.email },
      update: {},
      create: {
        id: `seed_user_${member.email.split("@")[0]}`,
        email: member.email,
        name: member.name,
        role: member.role,
        passwordHash: null,
        createdAt,
        updatedAt: createdAt,
      },
      select: { id: true },
    });
    owners.push({ ...member, id: user.id });
  }
  return owners;
}

/** Stand-in ids for generating rows without a database (tests of the generator). */
export function offlineSeedTeam(): SeedOwner[] {
  return SEED_TEAM.map((member) => ({ ...member, id: `seed_user_${member.email.split("@")[0]}` }));
}
