"use client";

import { inputClass } from "@/components/forms/text-field";

export type Row = { key: number; first: string; second: string };

type Props = {
  legend: string;
  rows: Row[];
  onChange: (rows: Row[]) => void;
  /** How the two inputs of a row are labelled and drawn. */
  firstLabel: string;
  secondLabel: string;
  renderFirst?: (row: Row, label: string, set: (value: string) => void) => React.ReactNode;
  addLabel: string;
  max: number;
  errors: Record<string, string[]> | undefined;
  /** The field-error prefix ("navigation", "social") and the keys of the two inputs. */
  errorKey: string;
  keys: [string, string];
  listId?: string;
};

const buttonClass =
  "rounded-md border border-line px-2 py-1 text-xs hover:border-accent hover:text-accent disabled:opacity-40";

/** An ordered list of two-field rows: add, remove, move up and down. State lives in the parent. */
export function LinkRows(props: Props) {
  const { rows, onChange, max, errors } = props;
  const set = (index: number, change: Partial<Row>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const move = (index: number, by: number) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + by, 0, row!);
    onChange(next);
  };
  const add = () =>
    onChange([...rows, { key: Math.max(0, ...rows.map((r) => r.key)) + 1, first: "", second: "" }]);
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">{props.legend}</legend>
      {rows.length === 0 ? <p className="text-sm text-muted">None yet.</p> : null}
      <ol className="space-y-2">
        {rows.map((row, index) => {
          const n = index + 1;
          const problems = [
            ...(errors?.[`${props.errorKey}.${index}.${props.keys[0]}`] ?? []),
            ...(errors?.[`${props.errorKey}.${index}.${props.keys[1]}`] ?? []),
          ];
          const firstLabel = `${props.firstLabel} ${n}`;
          return (
            <li key={row.key} className="rounded-md border border-line p-2">
              <div className="flex flex-wrap items-center gap-2">
                {props.renderFirst ? (
                  props.renderFirst(row, firstLabel, (value) => set(index, { first: value }))
                ) : (
                  <input
                    aria-label={firstLabel}
                    value={row.first}
                    onChange={(event) => set(index, { first: event.target.value })}
                    className={`${inputClass} sm:w-40`}
                  />
                )}
                <input
                  aria-label={`${props.secondLabel} ${n}`}
                  value={row.second}
                  list={props.listId}
                  onChange={(event) => set(index, { second: event.target.value })}
                  aria-invalid={problems.length ? true : undefined}
                  className={`${inputClass} min-w-0 flex-1`}
                />
                <span className="flex gap-1">
                  <button
                    type="button"
                    className={buttonClass}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                    aria-label={`Move ${n} up`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className={buttonClass}
                    disabled={index === rows.length - 1}
                    onClick={() => move(index, 1)}
                    aria-label={`Move ${n} down`}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className={buttonClass}
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                    aria-label={`Remove ${n}`}
                  >
                    Remove
                  </button>
                </span>
              </div>
              {problems.length ? (
                <p className="mt-1 text-xs text-red-700 dark:text-red-400">{problems.join(" ")}</p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <button type="button" className={buttonClass} onClick={add} disabled={rows.length >= max}>
        {props.addLabel}
      </button>
    </fieldset>
  );
}
