import Link from "next/link";
import type { Tag } from "@/lib/content";

export function TagLinks({ tags, label = "Tags" }: { tags: Tag[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link
            href={`/tags/${tag.slug}`}
            className="inline-block rounded-full bg-zinc-100 px-3 py-1 text-xs font-medium text-zinc-700 hover:bg-accent hover:text-surface dark:bg-zinc-800 dark:text-zinc-300 dark:hover:bg-accent dark:hover:text-surface"
          >
            {tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
