import { AnalyticsSkeleton } from "@/components/analytics/analytics-skeleton";

export default function LoadingAnalytics() {
  return <AnalyticsSkeleton />;
}
