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
import { postRevisions } from "@/lib/content/post-history";
import { changesOf, historyEntries } from "@/lib/content/history-view";
import { getContentIndex } from "@/lib/content/load";
import { LocalTime } from "@/components/admin/local-time";
import { EntryNameText } from "@/app/(admin)/admin/_components/entry-name";
import { RestoreButton } from "@/app/(admin)/admin/_components/restore-button";
import { PostNoAccess } from "@/app/(admin)/admin/_components/post-no-access";
import { refusalFor } from "@/lib/admin/post-access";

export const metadata: Metadata = { title: "History" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ show?: string; view?: string; restored?: string }>;
};

/**
 * Every recorded change to one post, named by what happened and who did it, with what it changed
 * (details as a table, text word by word) and restore. The list follows the post's id through
 * renames, and shows nothing of another post that had this address before.
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
  const revisions =
    file && id !== "invalid"
      ? await postRevisions({ path: `posts/${slug}.${file.format}`, id })
      : [];
  // Each change names its mentor as they are called now (commits carry the author id and email).
  const list = await historyEntries(revisions, await historyDisplayNames());
  const { show, view, restored } = await searchParams;
  const layout = view === "side" ? "side" : "inline";
  const shown = list.find((r) => r.commit === show) ?? list[0];
  const shownIndex = shown ? list.indexOf(shown) : -1;
  const { authors } = getContentIndex();
  const changes = shown
    ? await changesOf(shown, list[shownIndex + 1], (a) => authors.get(a)?.name ?? a)
    : undefined;
  const restoredAt = restored ? new Date(restored) : undefined;
  const link = (params: { show?: string; view?: string }) =>
    `?${new URLSearchParams({
      ...(params.show ? { show: params.show } : {}),
      ...(params.view === "side" ? { view: "side" } : {}),
    })}`;
  return (
    <>
      <p className="text-sm">
        <Link href={`/admin/posts/${slug}`} className="text-accent underline">
          ← Back to the editor
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">History of {post?.title ?? slug}</h1>
      {restoredAt && !Number.isNaN(restoredAt.getTime()) ? (
        <p role="status" className="mt-4 text-sm text-emerald-700 dark:text-emerald-400">
          Restored the version from <LocalTime iso={restoredAt.toISOString()} format="moment" />.
          The version you replaced is still in the history.
        </p>
      ) : null}
      {list.length === 0 ? <p className="mt-4 text-muted">No recorded changes yet.</p> : null}
      <div className="mt-6 grid gap-8 lg:grid-cols-[22rem_minmax(0,1fr)]">
        <ol aria-label="Versions" className="divide-y divide-line text-sm">
          {list.map((entry) => (
            <li key={entry.commit} className="py-3">
              <Link
                href={link({ show: entry.commit, view: layout })}
                aria-current={entry === shown ? "true" : undefined}
                className={entry === shown ? "font-semibold text-accent" : "hover:text-accent"}
              >
                <EntryNameText name={entry.name} />
              </Link>
              <p className="text-xs text-muted">
                <LocalTime iso={entry.date} format="moment" />
              </p>
            </li>
          ))}
        </ol>
        {shown && changes ? (
          <section aria-labelledby="diff-heading" className="min-w-0">
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
              <h2 id="diff-heading" className="font-semibold">
                <EntryNameText name={shown.name} />, <LocalTime iso={shown.date} format="moment" />
              </h2>
              {shownIndex > 0 && file ? (
                <RestoreButton
                  slug={slug}
                  format={file.format}
                  commit={shown.commit}
                  version={file.version}
                  confirm={{ at: shown.date, who: shown.who }}
                />
              ) : null}
            </div>
            <nav aria-label="Show changes" className="mb-3 flex gap-3 text-xs">
              {(["inline", "side"] as const).map((option) => (
                <Link
                  key={option}
                  href={link({ show: shown.commit, view: option })}
                  aria-current={layout === option ? "true" : undefined}
                  className={layout === option ? "font-semibold text-accent" : "underline"}
                >
                  {option === "inline" ? "Changes in the text" : "Before and after, side by side"}
                </Link>
              ))}
            </nav>
            <DiffView fields={changes.fields} body={changes.body} layout={layout} />
          </section>
        ) : null}
      </div>
    </>
  );
}
