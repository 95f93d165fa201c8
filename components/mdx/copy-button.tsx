"use client";

import { useState } from "react";

/** Copies the text of the code block it sits in. The only script a code block ships. */
export function CopyButton() {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="copy-button"
      onClick={async (event) => {
        const code = event.currentTarget
          .closest("[data-code-block]")
          ?.querySelector("pre")?.innerText;
        if (code === undefined) return;
        await navigator.clipboard.writeText(code);
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
    >
      <span aria-live="polite">{copied ? "Copied" : "Copy"}</span>
      <span className="sr-only"> code</span>
    </button>
  );
}
