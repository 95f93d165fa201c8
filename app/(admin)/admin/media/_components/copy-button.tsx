"use client";

import { useState } from "react";

/**
 * Copies a text to the clipboard and says so. `absolute` copies a site path as a full address
 * (https://blog…/media/x.png), the way it works pasted into an email or a chat.
 */
export function CopyButton({
  text,
  label,
  absolute = false,
}: {
  text: string;
  label: string;
  absolute?: boolean;
}) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(absolute ? new URL(text, location.origin).href : text);
      setState("copied");
    } catch {
      setState("failed");
    }
  };
  return (
    <span className="inline-flex items-center gap-1">
      <button
        type="button"
        onClick={copy}
        className="rounded border border-line px-2 py-0.5 text-xs hover:border-accent"
      >
        {label}
      </button>
      <span role="status" className="text-xs text-muted">
        {state === "copied"
          ? "Copied"
          : state === "failed"
            ? "Copy failed: select and copy by hand"
            : ""}
      </span>
    </span>
  );
}
