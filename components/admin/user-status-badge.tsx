import { Badge, type BadgeTone } from "@/components/ui/badge";
import { USER_STATUS_LABELS, type UserStatus } from "@/lib/users/user-status";

const TONE: Record<UserStatus, BadgeTone> = {
  active: "green",
  invited: "brand",
  "invitation-expired": "amber",
  "no-password": "amber",
  deactivated: "neutral",
};

export function UserStatusBadge({ status }: { status: UserStatus }) {
  return <Badge tone={TONE[status]}>{USER_STATUS_LABELS[status]}</Badge>;
}
