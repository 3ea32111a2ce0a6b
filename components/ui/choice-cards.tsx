import { cn } from "./cn";

export interface Choice {
  value: string;
  label: string;
  hint: string;
}

/** A radio group drawn as cards, each with a line saying what choosing it means. */
export function ChoiceCards({
  name,
  legend,
  choices,
  defaultValue,
  error,
  columns = 2,
}: {
  name: string;
  legend: string;
  choices: Choice[];
  defaultValue: string;
  error?: string;
  columns?: 2 | 3;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className={cn("mt-2 grid gap-2", columns === 3 ? "md:grid-cols-3" : "sm:grid-cols-2")}>
        {choices.map((choice) => (
          <label
            key={choice.value}
            className="flex cursor-pointer gap-2.5 rounded-md border border-slate-200 p-3 text-sm hover:bg-slate-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50/50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600"
          >
            <input type="radio" name={name} value={choice.value} defaultChecked={choice.value === defaultValue} className="mt-0.5 accent-brand-600" />
            <span>
              <span className="block font-medium text-slate-900">{choice.label}</span>
              <span className="block text-xs text-slate-600">{choice.hint}</span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
