import { cn } from "./cn";

/** A titled block of a settings or admin page: heading, one line of explanation, then its content. */
export function Section({
  title,
  description,
  actions,
  children,
  className,
  flush = false,
}: {
  title: string;
  description?: React.ReactNode;
  actions?: React.ReactNode;
  children: React.ReactNode;
  className?: string;
  /** Content runs edge to edge (tables) instead of padded. */
  flush?: boolean;
}) {
  const headingId = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={headingId} className={cn("rounded-lg border border-slate-200 bg-white shadow-sm", className)}>
      <header className="flex flex-wrap items-start justify-between gap-2 border-b border-slate-100 px-4 py-3">
        <div className="min-w-0">
          <h2 id={headingId} className="text-sm font-semibold text-slate-900">
            {title}
          </h2>
          {description ? <p className="mt-0.5 text-sm text-slate-600">{description}</p> : null}
        </div>
        {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
      </header>
      <div className={flush ? undefined : "px-4 py-4"}>{children}</div>
    </section>
  );
}
