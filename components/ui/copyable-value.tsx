import { CopyButton } from "./copy-button";
import { inputClasses } from "./form-field";

/** A read-only value (a URL, a one-time secret) with a copy button, labelled for screen readers. */
export function CopyableValue({ id, label, value, hint }: { id: string; label: string; value: string; hint?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          readOnly
          value={value}
          spellCheck={false}
          aria-describedby={hint ? `${id}-hint` : undefined}
          className={inputClasses("min-w-0 flex-1 bg-slate-50 font-mono text-xs")}
        />
        <CopyButton value={value} what={label} />
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
