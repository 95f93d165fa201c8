import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DiffView } from "@/components/forms/diff-view";
import { can } from "@/lib/accounts/roles";
import { accessOf, findAnyPost } from "@/lib/content/admin-queries";
import { isValidSlug } from "@/lib/content";
import { readPostFile } from "@/lib/content/post-file";
import { ContentWriteError } from "@/lib/content/content-error";
import { requirePageAccount } from "@/lib/auth/current-user";
import { postIdOf } from "@/lib/content/post-id";
import { historyDisplayNames } from "@/lib/history/display-names";
import { diffVersions } from "@/lib/history/git";
import { postRevisions } from "@/lib/content/post-history";
import { RestoreButton } from "@/app/(admin)/admin/_components/restore-button";
import { PostNoAccess } from "@/app/(admin)/admin/_components/post-no-access";
import { refusalFor } from "@/lib/admin/post-access";

export const metadata: Metadata = { title: "History" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ show?: string }> };

/**
 * Every recorded change to one post, with who and when, a diff against the version before, and
 * restore. The list follows the post's id through renames, and shows nothing of another post that
 * had this address before.
 */
export default async function PostHistoryPage({ params, searchParams }: Props) {
  const account = await requirePageAccount();
  const { slug } = await params;
  if (!isValidSlug(slug)) notFound();
  const post = findAnyPost(slug);
  const allowed = post ? can.editPost(account, accessOf(post)) : can.editAnyPost(account);
  if (!allowed) {
    // Readers can see a published post: say whose it is. Anything else looks missing.
    const refusal = refusalFor(account, slug);
    if (!refusal) notFound();
    return <PostNoAccess refusal={refusal.refused} />;
  }
  // A link or other non-regular file is refused by readPostFile: not found here, as in the editor.
  const file = await readPostFile(slug).catch((error: unknown) => {
    if (error instanceof ContentWriteError) notFound();
    throw error;
  });
  const id = file ? postIdOf(file.source) : undefined;
  const list =
    file && id !== "invalid"
      ? await postRevisions({ path: `posts/${slug}.${file.format}`, id })
      : [];
  const { show } = await searchParams;
  const shown = list.find((r) => r.commit === show) ?? list[0];
  const shownIndex = shown ? list.indexOf(shown) : -1;
  const before = list[shownIndex + 1];
  const diff = shown ? await diffVersions(before, shown) : "";
  // Each change names its mentor as they are called now (commits carry the author id and email).
  const nameOf = await historyDisplayNames();
  return (
    <>
      <p className="text-sm">
        <Link href={`/admin/posts/${slug}`} className="text-accent underline">
          ← Back to the editor
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">History of {post?.title ?? slug}</h1>
      {list.length === 0 ? <p className="mt-4 text-muted">No recorded changes yet.</p> : null}
      <div className="mt-6 grid gap-8 lg:grid-cols-[22rem_minmax(0,1fr)]">
        <ol className="divide-y divide-line text-sm">
          {list.map((revision) => (
            <li key={revision.commit} className="py-3">
              <Link
                href={`?show=${revision.commit}`}
                aria-current={revision === shown ? "true" : undefined}
                className={revision === shown ? "font-semibold text-accent" : "hover:text-accent"}
              >
                {revision.message}
              </Link>
              <p className="text-xs text-muted">
                {nameOf(revision)} ·{" "}
                <time dateTime={revision.date}>{revision.date.replace("T", " ").slice(0, 19)}</time>
              </p>
            </li>
          ))}
        </ol>
        {shown ? (
          <section aria-labelledby="diff-heading" className="min-w-0">
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
              <h2 id="diff-heading" className="font-semibold">
                Changes in “{shown.message}”
              </h2>
              {shownIndex > 0 && file ? (
                <RestoreButton
                  slug={slug}
                  format={file.format}
                  commit={shown.commit}
                  version={file.version}
                />
              ) : null}
            </div>
            <DiffView diff={diff} />
          </section>
        ) : null}
      </div>
    </>
  );
}
