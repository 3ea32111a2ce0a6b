import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function LoadingAdmin() {
  return <PageSkeleton label="Loading…" />;
}
