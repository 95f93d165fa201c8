"use client";

import { useCallback, useSyncExternalStore } from "react";

export type EditorMode = "write" | "preview" | "side";

export const EDITOR_MODES: { mode: EditorMode; label: string }[] = [
  { mode: "write", label: "Write" },
  { mode: "preview", label: "Preview" },
  { mode: "side", label: "Side by side" },
];

const KEY = "editor-mode";
const CHANGED = "editor-mode-change";
/** From this width the text and the preview fit side by side (Tailwind's `xl`). */
export const WIDE_QUERY = "(min-width: 1280px)";

function stored(): EditorMode | undefined {
  try {
    const value = window.localStorage.getItem(KEY);
    return EDITOR_MODES.some((entry) => entry.mode === value) ? (value as EditorMode) : undefined;
  } catch {
    // Storage can be switched off: the choice then lasts until the page closes.
    return undefined;
  }
}

function subscribe(changed: () => void) {
  const wide = window.matchMedia(WIDE_QUERY);
  wide.addEventListener("change", changed);
  window.addEventListener("storage", changed);
  window.addEventListener(CHANGED, changed);
  return () => {
    wide.removeEventListener("change", changed);
    window.removeEventListener("storage", changed);
    window.removeEventListener(CHANGED, changed);
  };
}

let unsaved: EditorMode | undefined;
const current = (): EditorMode =>
  stored() ?? unsaved ?? (window.matchMedia(WIDE_QUERY).matches ? "side" : "write");

/**
 * Write, Preview or Side by side, remembered in this browser. The server does not know the screen:
 * it renders `null`, and the layout then follows the width by CSS until the page is hydrated.
 */
export function useEditorMode(): [EditorMode | null, (mode: EditorMode) => void] {
  const mode = useSyncExternalStore(subscribe, current, () => null);
  const choose = useCallback((next: EditorMode) => {
    unsaved = next;
    try {
      window.localStorage.setItem(KEY, next);
    } catch {
      // Kept in memory only (see `stored`).
    }
    window.dispatchEvent(new Event(CHANGED));
  }, []);
  return [mode, choose];
}
