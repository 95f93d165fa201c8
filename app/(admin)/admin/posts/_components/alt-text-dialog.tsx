"use client";
/* eslint-disable @next/next/no-img-element -- a preview of the mentor's own image. */

import { useEffect, useRef, useState } from "react";
import { inputClass } from "@/components/forms/text-field";
import { MAX_ALT_LENGTH } from "@/lib/media/snippet";

export type AltRequest = { id: number; preview: string; resolve: (alt: string | null) => void };

/**
 * Asks for an image's description before it goes into the post: what a screen reader says
 * instead of the picture. "Decorative" inserts it with an empty description, which screen readers
 * skip. Cancel (or Escape) inserts nothing.
 */
export function AltTextDialog({ request }: { request: AltRequest | null }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (request) dialog.current?.showModal();
  }, [request]);
  const finish = (value: string | null) => {
    dialog.current?.close();
    request?.resolve(value);
  };
  return (
    <dialog
      ref={dialog}
      aria-labelledby="alt-title"
      onCancel={() => request?.resolve(null)}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-5 text-inherit backdrop:bg-black/50"
    >
      {/* A new form for each image: nothing typed for the last one is left in it. */}
      {request ? <AltForm key={request.id} preview={request.preview} finish={finish} /> : null}
    </dialog>
  );
}

function AltForm({ preview, finish }: { preview: string; finish: (value: string | null) => void }) {
  const [alt, setAlt] = useState("");
  const [decorative, setDecorative] = useState(false);
  const [problem, setProblem] = useState("");
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!decorative && !alt.trim())
      return setProblem("Describe the image, or mark it as decorative.");
    finish(decorative ? "" : alt.trim());
  };

  return (
    <form onSubmit={submit} className="space-y-3">
      <h2 id="alt-title" className="text-lg font-semibold">
        Add an image
      </h2>
      <img src={preview} alt="" className="max-h-40 rounded border border-line" />
      <label htmlFor="alt-text" className="block text-sm font-medium">
        Describe this image for people who cannot see it
      </label>
      <textarea
        id="alt-text"
        rows={2}
        value={alt}
        maxLength={MAX_ALT_LENGTH}
        disabled={decorative}
        onChange={(event) => setAlt(event.target.value)}
        aria-describedby="alt-hint"
        className={inputClass}
      />
      <p id="alt-hint" className="text-xs text-muted">
        For example: “A whiteboard sketch of three services calling one database.”
      </p>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={decorative}
          onChange={(event) => setDecorative(event.target.checked)}
        />
        It is decorative: there is nothing to describe
      </label>
      <p role="alert" className="min-h-5 text-sm text-red-700 dark:text-red-400">
        {problem}
      </p>
      <div className="flex justify-end gap-2">
        <button
          type="button"
          className="rounded-md border border-line px-3 py-1.5 text-sm"
          onClick={() => finish(null)}
        >
          Cancel
        </button>
        <button type="submit" className="rounded-md bg-accent px-3 py-1.5 text-sm text-surface">
          Insert image
        </button>
      </div>
    </form>
  );
}
