import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/db/check-database";

export const dynamic = "force-dynamic";

const startedAt = new Date();

export async function GET() {
  const database = await checkDatabase();
  return NextResponse.json(
    { status: database.ok ? "ok" : "unavailable", app: { startedAt: startedAt.toISOString(), uptimeSeconds: Math.round(process.uptime()) }, database },
    { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
