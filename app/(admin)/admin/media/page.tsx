/* eslint-disable @next/next/no-img-element -- uploaded images of any size. */
import type { Metadata } from "next";
import { can } from "@/lib/accounts/roles";
import { requirePageAccount } from "@/lib/auth/current-user";
import { mediaPageFor } from "@/lib/media/visibility";
import { DeleteMediaForm } from "./_components/delete-media-form";
import { UploadForm } from "./_components/upload-form";

export const metadata: Metadata = { title: "Media" };

export default async function MediaPage() {
  const account = await requirePageAccount();
  const editor = can.manageAnyMedia(account);
  // Only what this mentor may see: editors every upload, others their own (lib/media/visibility).
  const { items, quotaText } = await mediaPageFor(account);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Media</h1>
      <p className="mt-1 text-sm text-muted">
        Insert an image in a post with <code>![Alt text](/media/…)</code>, or paste its address into
        the thumbnail field. Location and camera details are removed from every upload.
      </p>
      <p className="mt-1 text-sm text-muted" data-testid="media-quota">
        {quotaText}
      </p>
      <div className="mt-6">
        <UploadForm />
      </div>
      {items.length === 0 ? (
        <p className="mt-6 text-muted">
          {editor ? "No images uploaded yet." : "You have not uploaded any images yet."}
        </p>
      ) : null}
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {items.map((item) => (
          <li key={item.name} className="space-y-2 rounded-md border border-line p-3">
            <img
              src={item.url}
              alt=""
              loading="lazy"
              className="aspect-video w-full rounded object-cover"
            />
            <input
              readOnly
              value={item.url}
              aria-label="Image address"
              className="w-full rounded border border-line bg-surface px-2 py-1 font-mono text-xs"
            />
            <p className="text-xs text-muted">
              {Math.round(item.bytes / 1024)} KB · {item.usageText}
              {item.uploader !== undefined
                ? ` · uploaded by ${item.uploader || "an unknown mentor (before uploads were recorded)"}`
                : null}
            </p>
            <DeleteMediaForm name={item.name} />
          </li>
        ))}
      </ul>
    </>
  );
}
