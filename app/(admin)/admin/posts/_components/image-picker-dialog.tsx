"use client";
/* eslint-disable @next/next/no-img-element -- thumbnails of uploaded images of any size. */

import { useEffect, useRef, useState } from "react";
import { inputClass } from "@/components/forms/text-field";
import { matchesMediaQuery, mediaLabel } from "@/lib/media/names";

/**
 * The mentor's images as thumbnails with their names, to pick one (for the body or the
 * thumbnail). A search narrows them by name; "Upload a new image" is offered beside them.
 */
export function ImagePickerDialog({
  open,
  title,
  media,
  onPick,
  onUpload,
  onClose,
}: {
  open: boolean;
  title: string;
  media: string[];
  onPick: (url: string) => void;
  onUpload: (file: File) => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState("");
  useEffect(() => {
    if (open) dialog.current?.showModal();
    else dialog.current?.close();
  }, [open]);
  const shown = media.filter((url) => matchesMediaQuery(nameOf(url), query));
  return (
    <dialog
      ref={dialog}
      aria-label={title}
      onClose={onClose}
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-5 text-inherit backdrop:bg-black/50"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">{title}</h2>
        <button type="button" className="text-sm underline" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <input
          type="search"
          aria-label="Search images by name"
          placeholder="Search by name"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          className={`${inputClass} min-w-0 flex-1`}
        />
        <label className="cursor-pointer rounded-md border border-line px-3 py-1.5 text-sm hover:border-accent">
          Upload a new image
          <input
            type="file"
            accept="image/png,image/jpeg,image/webp,image/gif,image/avif"
            className="sr-only"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) onUpload(file);
            }}
          />
        </label>
      </div>
      {media.length === 0 ? (
        <p className="mt-4 text-sm text-muted">You have no images yet: upload one.</p>
      ) : shown.length === 0 ? (
        <p className="mt-4 text-sm text-muted">No image has “{query.trim()}” in its name.</p>
      ) : null}
      <ul className="mt-4 grid max-h-[60vh] grid-cols-2 gap-3 overflow-y-auto sm:grid-cols-3">
        {shown.map((url) => (
          <li key={url}>
            <button
              type="button"
              onClick={() => onPick(url)}
              className="w-full rounded-md border border-line p-1 text-left hover:border-accent"
            >
              <img
                src={url}
                alt=""
                loading="lazy"
                className="aspect-video w-full rounded object-cover"
              />
              <span className="mt-1 block truncate text-xs">{nameOf(url)}</span>
            </button>
          </li>
        ))}
      </ul>
    </dialog>
  );
}

const nameOf = (url: string) => mediaLabel(url.replace(/^\/media\//, ""));
