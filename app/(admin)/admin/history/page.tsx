import type { Metadata } from "next";
import { requirePageAccount } from "@/lib/auth/current-user";
import { getContentIndex } from "@/lib/content/load";
import { historyDisplayNames } from "@/lib/history/display-names";
import { deletedPosts } from "@/lib/content/post-history";
import { RestoreButton } from "../_components/restore-button";
import { permissions } from "@/lib/accounts/roles";
import { LocalTime } from "@/components/admin/local-time";

export const metadata: Metadata = { title: "Deleted posts" };

/**
 * Deleted posts stay in the history and can be put back. Each is one post (by its id), named by its
 * title: a slug may have been used by several posts over time, or be taken again now.
 */
export default async function DeletedPostsPage() {
  await requirePageAccount(permissions.editAnyPost);
  const { posts } = getContentIndex();
  const live = {
    ids: new Set(posts.flatMap((post) => (post.id ? [post.id] : []))),
    legacyPaths: new Set(posts.filter((post) => !post.id).map((post) => post.file)),
  };
  const deleted = await deletedPosts(live);
  const taken = new Set(posts.map((post) => post.slug));
  const nameOf = await historyDisplayNames();
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Deleted posts</h1>
      {deleted.length === 0 ? <p className="mt-4 text-muted">Nothing has been deleted.</p> : null}
      <ul className="mt-6 divide-y divide-line text-sm">
        {deleted.map((item) => (
          <li
            key={item.id ?? item.file}
            // The post's permanent id, for tools and tests; mentors know it by its title.
            data-post-id={item.id}
            className="flex flex-wrap items-center justify-between gap-3 py-3"
          >
            <span>
              <span className="font-semibold">{item.title}</span>
              <span className="block text-xs text-muted">
                Deleted by {nameOf(item.deletedBy)} on{" "}
                <LocalTime iso={item.deletedBy.date} format="moment" />
                {taken.has(item.slug) ? " · another post now uses its address" : ""}
              </span>
            </span>
            <RestoreButton
              slug={item.slug}
              format={item.format}
              commit={item.lastCommit}
              label="Restore post"
            />
          </li>
        ))}
      </ul>
    </>
  );
}
