import { hasRole } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-user";

/**
 * Who may do what with one lead. Reps share context (everyone sees every lead) but work only
 * their own leads and claim unassigned ones; managers and admins work and assign any lead.
 */
export function canWorkLead(user: SessionUser, lead: { ownerId: string | null }): boolean {
  return hasRole(user.role, "manager") || lead.ownerId === user.id;
}

export function canClaimLead(user: SessionUser, lead: { ownerId: string | null }): boolean {
  return lead.ownerId === null || hasRole(user.role, "manager");
}

export function canAssignLeads(user: SessionUser): boolean {
  return hasRole(user.role, "manager");
}
