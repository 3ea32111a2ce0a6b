import { cn } from "./cn";

/** The one look for empty, error and notice states, so every page says "nothing here" the same way. */
export function StatePanel({
  title,
  children,
  tone = "neutral",
  action,
}: {
  title: string;
  children?: React.ReactNode;
  tone?: "neutral" | "error";
  action?: React.ReactNode;
}) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cn(
        "flex flex-col items-center justify-center rounded-lg border border-dashed px-6 py-12 text-center",
        tone === "error" ? "border-red-300 bg-red-50/50" : "border-slate-300 bg-white",
      )}
    >
      <p className={cn("text-sm font-semibold", tone === "error" ? "text-red-800" : "text-slate-900")}>{title}</p>
      {children ? <div className="mt-1 max-w-prose text-sm text-slate-600">{children}</div> : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
