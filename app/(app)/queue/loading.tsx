import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function LoadingQueue() {
  return <PageSkeleton rows={10} label="Loading your queue…" />;
}
