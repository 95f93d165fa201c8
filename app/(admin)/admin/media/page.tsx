/* eslint-disable @next/next/no-img-element -- uploaded images of any size. */
import type { Metadata } from "next";
import { can } from "@/lib/accounts/roles";
import { requirePageAccount } from "@/lib/auth/current-user";
import { altFromName, matchesMediaQuery, mediaLabel } from "@/lib/media/names";
import { imageMarkdown } from "@/lib/media/snippet";
import { mediaPageFor } from "@/lib/media/visibility";
import { CopyButton } from "./_components/copy-button";
import { DeleteMediaForm } from "./_components/delete-media-form";
import { UploadForm } from "./_components/upload-form";

export const metadata: Metadata = { title: "Media" };

export default async function MediaPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  const account = await requirePageAccount();
  const editor = can.manageAnyMedia(account);
  const { q } = await searchParams;
  const query = (typeof q === "string" ? q : "").trim().slice(0, 100);
  // Only what this mentor may see: editors every upload, others their own (lib/media/visibility).
  const { items: all, quotaText } = await mediaPageFor(account);
  const items = all.filter((item) => matchesMediaQuery(item.name, query));
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Media</h1>
      <p className="mt-1 text-sm text-muted">
        Add images to a post from the editor (upload, paste or drop them into the text), or copy an
        image&apos;s snippet here. Location and camera details are removed from every upload.
      </p>
      <p className="mt-1 text-sm text-muted" data-testid="media-quota">
        {quotaText}
      </p>
      <div className="mt-6">
        <UploadForm />
      </div>
      {/* A plain GET form: searching works without JavaScript and keeps its address. */}
      <form role="search" className="mt-6 flex flex-wrap gap-2" action="/admin/media">
        <input
          type="search"
          name="q"
          defaultValue={query}
          aria-label="Search images by name"
          placeholder="Search by name"
          className="min-w-0 flex-1 rounded border border-line bg-surface px-2 py-1 text-sm"
        />
        <button type="submit" className="rounded border border-line px-3 py-1 text-sm">
          Search
        </button>
      </form>
      {all.length === 0 ? (
        <p className="mt-6 text-muted">
          {editor ? "No images uploaded yet." : "You have not uploaded any images yet."}
        </p>
      ) : items.length === 0 ? (
        <p className="mt-6 text-muted">No image has “{query}” in its name.</p>
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
            <p className="break-all text-sm font-medium">{mediaLabel(item.name)}</p>
            <input
              readOnly
              value={item.url}
              aria-label="Image address"
              className="w-full rounded border border-line bg-surface px-2 py-1 font-mono text-xs"
            />
            <div className="flex flex-wrap gap-2">
              <CopyButton text={item.url} label="Copy address" absolute />
              <CopyButton
                text={imageMarkdown(altFromName(item.name), item.url)}
                label="Copy for a post"
              />
            </div>
            <p className="text-xs text-muted">
              {Math.round(item.bytes / 1024)} KB · {item.usageText} ·{" "}
              {item.uploader === undefined
                ? "uploaded by you"
                : `uploaded by ${item.uploader || "an unknown mentor (before uploads were recorded)"}`}
            </p>
            <DeleteMediaForm name={item.name} />
          </li>
        ))}
      </ul>
    </>
  );
}
