import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function LoadingAccount() {
  return <PageSkeleton label="Loading your account…" rows={4} />;
}
