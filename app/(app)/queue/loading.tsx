import { ListSkeleton } from "@/components/ui/list-skeleton";

export default function LoadingQueue() {
  return <ListSkeleton label="Loading your queue…" />;
}
