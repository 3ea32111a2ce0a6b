import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";

const TONE: Record<Role, BadgeTone> = { rep: "neutral", manager: "sky", admin: "violet" };

export function RoleBadge({ role }: { role: Role }) {
  return <Badge tone={TONE[role]}>{ROLE_LABELS[role]}</Badge>;
}
