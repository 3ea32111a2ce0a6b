import Link from "next/link";
import { notFound } from "next/navigation";
import { DeliveryBody } from "@/components/admin/delivery-body";
import { KeyName } from "@/components/admin/key-name";
import { OutcomeBadge } from "@/components/admin/outcome-badge";
import { ReplayDeliveryForm } from "@/components/admin/replay-delivery-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { FactStrip } from "@/components/ui/fact-strip";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { isReplayable, OUTCOME_DESCRIPTIONS, isDeliveryOutcome } from "@/lib/journal/delivery-outcome";
import { findDelivery } from "@/lib/journal/find-delivery";

export const metadata = { title: "Delivery" };
export const dynamic = "force-dynamic";

export default async function DeliveryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const delivery = await findDelivery(id);
  if (!delivery) notFound();
  const replayable = isReplayable(delivery.outcome);
  const lead = delivery.lead;
  const facts: [string, React.ReactNode][] = [
    ["Received", <LocalTime key="received" iso={delivery.receivedAt.toISOString()} />],
    ["Key", <KeyName key="key" keySource={delivery.keySource} label={delivery.ingestKey?.label ?? null} />],
    ["Content type", delivery.contentType ?? "none sent"],
    ["From", delivery.remoteAddress ?? "unknown"],
    [
      "Lead",
      lead ? (
        <Link key="lead" href={`/leads/${lead.id}`} className="text-brand-700 hover:underline">
          {lead.contactName || lead.email || "Anonymous customer"} · {lead.offerTitle}
        </Link>
      ) : (
        "none"
      ),
    ],
  ];
  return (
    <div className="max-w-6xl space-y-5">
      <Breadcrumb trail={[{ href: "/admin/journal", label: "Delivery journal" }]} current={`Delivery ${delivery.id.slice(0, 10)}…`} />
      <PageHeader
        title="Delivery"
        description={
          <span className="flex flex-wrap items-center gap-2">
            <OutcomeBadge outcome={delivery.outcome} />
            {isDeliveryOutcome(delivery.outcome) ? <span>{OUTCOME_DESCRIPTIONS[delivery.outcome]}</span> : null}
          </span>
        }
      />
      <FactStrip facts={facts} className="grid-cols-1 sm:grid-cols-2 lg:grid-cols-5" />
      {delivery.error && replayable ? (
        <div role="note" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
          <p className="font-medium">Why it was rejected</p>
          <p className="mt-0.5 font-mono text-xs">{delivery.error}</p>
        </div>
      ) : null}
      {delivery.replayedAt ? (
        <p className="text-sm text-slate-600">
          Replayed <LocalTime iso={delivery.replayedAt.toISOString()} />
          {delivery.correctedByName ? ` by ${delivery.correctedByName}` : ""}
          {delivery.correctedBody === null ? ", with the body as received." : ", with the correction below."}
        </p>
      ) : null}
      <div className={delivery.correctedBody !== null ? "grid gap-4 lg:grid-cols-2" : undefined}>
        <DeliveryBody id="raw-body" title="Body as received" body={delivery.rawBody} />
        {delivery.correctedBody !== null ? <DeliveryBody id="corrected-body" title="Correction" body={delivery.correctedBody} /> : null}
      </div>
      {replayable ? (
        <Section
          title="Repair and replay"
          description="The correction goes through the same rules as a fresh delivery, dated when this one was received. The body as received stays as it is."
        >
          <ReplayDeliveryForm deliveryId={delivery.id} startingBody={delivery.correctedBody ?? delivery.rawBody} />
        </Section>
      ) : null}
    </div>
  );
}
