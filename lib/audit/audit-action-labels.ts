/** Audit actions in the team's words; an action not listed here is shown as recorded. */
const LABELS: Record<string, string> = {
  "user.created": "Added user",
  "user.role-changed": "Changed role",
  "user.deactivated": "Deactivated user",
  "user.reactivated": "Reactivated user",
  "user.password-reset": "Reset password",
  "user.password-changed": "Changed own password",
  "user.invitation-accepted": "Accepted invitation",
  "user.renamed": "Changed name",
  "key.created": "Created ingest key",
  "key.revoked": "Revoked ingest key",
  "delivery.replayed": "Corrected and replayed delivery",
  "lead.claimed": "Claimed lead",
  "lead.assigned": "Assigned lead",
  "lead.unassigned": "Unassigned lead",
};

export function auditActionLabel(action: string): string {
  return LABELS[action] ?? action;
}
