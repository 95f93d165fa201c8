"use client";

import { useRef, useState } from "react";
import { LocalTime } from "@/components/admin/local-time";
import type { ActionResult } from "@/lib/actions/result";

/**
 * A one-time link, shown once right after it was made (only its hash is stored), with a Copy
 * button. Where the clipboard is not available (an old browser, a page not on https) the link is
 * selected so Ctrl+C copies it.
 */
export function OneTimeLink({
  result,
}: {
  result: ActionResult<{ link?: string; until?: string }> | null;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<{ link: string; text: string }>();
  if (!result?.ok || !result.link) return null;
  const link = result.link;
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied({ link, text: "Link copied. Paste it into an email or chat to them." });
    } catch {
      input.current?.select();
      setCopied({ link, text: "Press Ctrl+C (or ⌘C) to copy the selected link." });
    }
  }
  return (
    <div className="mt-1 space-y-1">
      <div className="flex gap-2">
        <input
          ref={input}
          readOnly
          value={link}
          aria-label="One-time link"
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded border border-line bg-surface px-2 py-1 font-mono text-xs"
        />
        <button
          type="button"
          onClick={copy}
          className="shrink-0 rounded-md border border-line px-3 py-1 text-sm hover:border-accent hover:text-accent"
        >
          Copy link
        </button>
      </div>
      {result.until ? (
        <p className="text-xs text-muted">
          It works until <LocalTime iso={result.until} format="short" />.
        </p>
      ) : null}
      <p aria-live="polite" className="min-h-5 text-xs text-muted">
        {copied?.link === link ? copied.text : ""}
      </p>
    </div>
  );
}
