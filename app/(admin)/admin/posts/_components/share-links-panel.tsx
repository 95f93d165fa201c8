"use client";

import { useState, useTransition } from "react";
import { useTimeZone } from "@/components/admin/local-time";
import { expiryInWords } from "@/lib/publishing/share-link-words";
import type { ShareLinkView } from "@/lib/publishing/share-link-view";
import { createShareLinkAction, revokeShareLinkAction } from "../share-link-actions";

type Props = {
  /** The saved post's slug; empty until the first save. */
  slug: string;
  postId?: string;
  initial: ShareLinkView[];
  /** The first link to a post saved before ids existed writes its id into the file. */
  onIdAdded: (versions: { before: string; after: string }) => void;
};

const button =
  "rounded-md border border-line px-3 py-1.5 text-sm font-medium hover:border-accent hover:text-accent disabled:opacity-60";

/**
 * Share links to this post: make one (its address is shown once, here, and never stored), see who
 * made each and when it stops working, and revoke them one by one after a confirmation.
 */
export function ShareLinksPanel({ slug, postId: initialPostId, initial, onIdAdded }: Props) {
  // Expiry in the mentor's own zone; empty in the server render, which cannot know it.
  const zone = useTimeZone();
  const expiry = (link: ShareLinkView) =>
    zone ? expiryInWords(new Date(link.expiresAt), new Date(), zone) : "";
  const [links, setLinks] = useState(initial);
  const [postId, setPostId] = useState(initialPostId);
  const [url, setUrl] = useState<string>();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [confirming, setConfirming] = useState<string>();
  const [busy, startBusy] = useTransition();

  const share = () =>
    startBusy(async () => {
      const outcome = await createShareLinkAction({ slug, postId });
      setMessage({ ok: outcome.ok, text: outcome.message ?? "" });
      if (!outcome.ok) return;
      setPostId(outcome.postId);
      if (outcome.idAdded) onIdAdded(outcome.idAdded);
      setLinks(outcome.links);
      setUrl(new URL(outcome.url, window.location.origin).toString());
    });

  const revoke = (linkId: string) =>
    startBusy(async () => {
      if (!postId) return;
      const outcome = await revokeShareLinkAction({ postId, linkId });
      setConfirming(undefined);
      setMessage({ ok: outcome.ok, text: outcome.message ?? "" });
      if (outcome.ok) {
        setLinks(outcome.links);
        setUrl(undefined);
      }
    });

  if (!slug) return null;
  return (
    <section
      aria-labelledby="share-links-heading"
      className="space-y-3 rounded-md border border-line p-3"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 id="share-links-heading" className="text-sm font-medium">
          Share links
        </h2>
        <button type="button" className={button} disabled={busy} onClick={share}>
          Share preview
        </button>
      </div>
      <p className="text-xs text-muted">
        Anyone with a share link can read this post, as it is now and as it changes, for 48 hours
        without an account.
      </p>
      {url ? (
        <p className="space-y-1 text-sm">
          <span className="block">
            Preview link (48 hours). Copy it now: it is shown only once.
          </span>
          <input
            readOnly
            value={url}
            aria-label="Preview link"
            className="w-full rounded border border-line bg-surface px-2 py-0.5 text-xs"
            onFocus={(event) => event.currentTarget.select()}
          />
        </p>
      ) : null}
      {links.length === 0 ? (
        <p className="text-sm text-muted">No share links.</p>
      ) : (
        <ul aria-label="Share links" className="space-y-2 text-sm">
          {links.map((link) => (
            <li key={link.id} className="space-y-1">
              <p>
                Made by {link.createdBy}, {expiry(link)}.
              </p>
              {confirming === link.id ? (
                <div role="group" aria-label="Confirm revoking" className="space-y-1">
                  <p>
                    Revoke this link? Anyone who opens it will get a “page not found”. This cannot
                    be undone.
                  </p>
                  <div className="flex gap-2">
                    <button
                      type="button"
                      className={`${button} border-red-700 text-red-700 dark:text-red-400`}
                      disabled={busy}
                      onClick={() => revoke(link.id)}
                    >
                      Revoke link
                    </button>
                    <button
                      type="button"
                      className={button}
                      disabled={busy}
                      onClick={() => setConfirming(undefined)}
                    >
                      Keep it
                    </button>
                  </div>
                </div>
              ) : (
                <button
                  type="button"
                  className={button}
                  aria-label={`Revoke the link made by ${link.createdBy}, ${expiry(link)}`}
                  disabled={busy}
                  onClick={() => setConfirming(link.id)}
                >
                  Revoke
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div aria-live="polite" role="status" className="text-sm">
        {message?.text ? (
          <p
            className={
              message.ok
                ? "text-emerald-700 dark:text-emerald-400"
                : "text-red-700 dark:text-red-400"
            }
          >
            {message.text}
          </p>
        ) : null}
      </div>
    </section>
  );
}
