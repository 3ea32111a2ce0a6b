"use client";

import { AuthCard } from "@/components/auth/auth-card";
import { Button } from "@/components/ui/button";

export default function InvitationError({ reset }: { error: Error; reset: () => void }) {
  return (
    <AuthCard title="This page could not load" subtitle="The server could not check the invitation just now.">
      <Button variant="primary" className="mt-4" onClick={reset}>
        Try again
      </Button>
    </AuthCard>
  );
}
