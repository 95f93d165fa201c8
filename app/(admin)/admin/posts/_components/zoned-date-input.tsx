"use client";

import { inputClass } from "@/components/forms/text-field";
import { useTimeZone } from "@/components/admin/local-time";
import { localToUtcForm, utcFormToLocal } from "@/lib/time-zone";

type Props = {
  name: string;
  /** The UTC form value the server reads ("2026-06-18T09:30"). */
  value: string;
  onChange: (utcValue: string) => void;
  invalid?: boolean;
};

/**
 * A date and time typed and shown in the mentor's own zone, named beside the field; the form keeps
 * the UTC value. Until the browser's zone is known (the server render) the field stays empty and
 * disabled rather than showing a UTC time as if it were local.
 */
export function ZonedDateInput({ name, value, onChange, invalid }: Props) {
  const zone = useTimeZone();
  return (
    <div className="flex items-center gap-2">
      <input
        id={`post-${name}`}
        name={name}
        type="datetime-local"
        value={zone ? utcFormToLocal(value) : ""}
        disabled={!zone}
        onChange={(event) => onChange(localToUtcForm(event.target.value))}
        aria-invalid={invalid || undefined}
        aria-describedby={`post-${name}-zone${invalid ? ` post-${name}-error` : ""}`}
        className={inputClass}
      />
      <span
        id={`post-${name}-zone`}
        className="shrink-0 text-xs text-muted"
        data-testid="time-zone"
      >
        {zone ?? ""}
      </span>
    </div>
  );
}
