"use client";
/* eslint-disable @next/next/no-img-element -- a preview of an uploaded image of any size. */

import { useState } from "react";
import { ImagePickerDialog } from "./image-picker-dialog";
import { uploadImage } from "./upload-image";

/**
 * The post's featured image: a preview of the current one, "Choose image…" (from the mentor's
 * uploads, or a new upload) and "Remove image". The address field (children) stays for images in
 * public/.
 */
export function ThumbnailPicker({
  url,
  alt,
  media,
  onChange,
  children,
}: {
  url: string;
  alt: string;
  media: string[];
  onChange: (url: string) => void;
  children: React.ReactNode;
}) {
  const [picking, setPicking] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState("");
  const [library, setLibrary] = useState(media);

  const upload = async (file: File) => {
    setPicking(false);
    setProblem("");
    setUploading(true);
    const result = await uploadImage(file);
    setUploading(false);
    if (!result.ok) return setProblem(`${file.name || "This image"}: ${result.message}`);
    setLibrary((current) => [result.url, ...current]);
    onChange(result.url);
  };

  return (
    <div className="space-y-2">
      {url.startsWith("/") ? (
        <img
          src={url}
          alt={alt || "Thumbnail preview"}
          className="aspect-video w-full max-w-xs rounded border border-line object-cover"
        />
      ) : null}
      <div className="flex flex-wrap gap-2 text-sm">
        <button
          type="button"
          onClick={() => setPicking(true)}
          className="rounded-md border border-line px-2 py-1 hover:border-accent"
        >
          {url ? "Change image…" : "Choose image…"}
        </button>
        {url ? (
          <button
            type="button"
            onClick={() => onChange("")}
            className="rounded-md border border-line px-2 py-1 hover:border-red-700"
          >
            Remove image
          </button>
        ) : null}
      </div>
      {uploading ? (
        <p role="status" className="text-xs text-muted">
          Uploading…
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {problem}
        </p>
      ) : null}
      {children}
      <ImagePickerDialog
        open={picking}
        title="Choose a thumbnail"
        media={library}
        onPick={(picked) => {
          setPicking(false);
          setProblem("");
          onChange(picked);
        }}
        onUpload={upload}
        onClose={() => setPicking(false)}
      />
    </div>
  );
}
