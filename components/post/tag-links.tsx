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
            className="rounded-full border border-line px-2.5 py-0.5 text-xs font-medium text-muted hover:border-accent hover:text-accent"
          >
            {tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
