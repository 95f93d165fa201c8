import type { Metadata } from "next";
import { requirePageAccount } from "@/lib/auth/current-user";
import { deletedFiles } from "@/lib/history/git";
import { RestoreButton } from "./_components/restore-button";

export const metadata: Metadata = { title: "Deleted posts" };

/** Deleted posts stay in the history and can be put back. */
export default async function DeletedPostsPage() {
  await requirePageAccount("editor");
  const deleted = (await deletedFiles("posts")).filter(
    (item, index, all) => all.findIndex((other) => other.file === item.file) === index,
  );
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Deleted posts</h1>
      {deleted.length === 0 ? <p className="mt-4 text-muted">Nothing has been deleted.</p> : null}
      <ul className="mt-6 divide-y divide-line text-sm">
        {deleted.map((item) => {
          const match = /^posts\/([a-z0-9-]+)\.(mdx?)$/.exec(item.file);
          if (!match) return null;
          return (
            <li key={item.file} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <span>
                <span className="font-mono">{match[1]}</span>
                <span className="block text-xs text-muted">
                  Deleted by {item.deletedBy.author} on {item.deletedBy.date.slice(0, 10)}
                </span>
              </span>
              <RestoreButton
                slug={match[1]!}
                format={match[2]!}
                commit={item.lastCommit}
                label="Restore post"
              />
            </li>
          );
        })}
      </ul>
    </>
  );
}
