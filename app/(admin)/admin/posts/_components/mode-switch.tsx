"use client";

import { EDITOR_MODES, type EditorMode } from "./editor-mode";

/** The body area's view: a row of toggle buttons, one pressed (none until the page knows the width). */
export function ModeSwitch({
  mode,
  onChange,
}: {
  mode: EditorMode | null;
  onChange: (mode: EditorMode) => void;
}) {
  return (
    <div
      role="group"
      aria-label="Show"
      className="inline-flex rounded-md border border-line p-0.5 text-sm"
      data-testid="editor-mode"
    >
      {EDITOR_MODES.map((entry) => (
        <button
          key={entry.mode}
          type="button"
          aria-pressed={mode === entry.mode}
          onClick={() => onChange(entry.mode)}
          className="rounded px-2.5 py-1 font-medium text-muted hover:text-accent aria-pressed:bg-accent aria-pressed:text-surface"
        >
          {entry.label}
        </button>
      ))}
    </div>
  );
}
