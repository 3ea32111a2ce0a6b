import Link from "next/link";

/** Where a detail page sits: links up the trail, then the current page. */
export function Breadcrumb({ trail, current }: { trail: { href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex flex-wrap items-center gap-1.5 text-sm text-slate-600">
        {trail.map((step) => (
          <li key={step.href} className="flex items-center gap-1.5">
            <Link href={step.href} className="hover:text-slate-900 hover:underline">
              {step.label}
            </Link>
            <span aria-hidden="true" className="text-slate-400">/</span>
          </li>
        ))}
        <li aria-current="page" className="max-w-[16rem] truncate font-medium text-slate-900">
          {current}
        </li>
      </ol>
    </nav>
  );
}
