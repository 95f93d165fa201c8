"use client";

import { useCallback, useEffect, useState } from "react";

export const LEAVE_QUESTION = "You have unsaved changes. Leave this page anyway?";

/**
 * While `active`, leaving asks first: closing or reloading the tab (the browser's own question),
 * and following a link in the app (ours). Links opening elsewhere or within the page are let be.
 */
export function useLeaveWarning(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    const guardLinks = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (
        !link ||
        link.getAttribute("target") === "_blank" ||
        link.getAttribute("href")?.startsWith("#")
      )
        return;
      if (!window.confirm(LEAVE_QUESTION)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("click", guardLinks, true);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", guardLinks, true);
    };
  }, [active]);
}

/**
 * For a form saved by an action (`useActionState`): whether it changed since its last successful
 * save, and `changed` to call on every edit. An edit remembers the result shown when it was made:
 * a later result with `ok: true` means it was saved; a refusal keeps it unsaved. Leaving while
 * unsaved asks first.
 */
export function useUnsavedForm(result: { ok: boolean } | null) {
  const [editedAt, setEditedAt] = useState<{ result: { ok: boolean } | null }>();
  const unsaved = editedAt !== undefined && (editedAt.result === result || !result?.ok);
  useLeaveWarning(unsaved);
  const changed = useCallback(() => setEditedAt({ result }), [result]);
  return { unsaved, changed };
}
