import type { Metadata } from "next";
import Link from "next/link";
import { getTags } from "@/lib/content";
import { pluralise } from "@/lib/format";

export const revalidate = 300;
export const metadata: Metadata = { title: "Tags", alternates: { canonical: "/tags" } };

export default function TagsPage() {
  const tags = getTags();
  return (
    <>
      <h1 className="border-b border-line pb-6 text-3xl font-bold tracking-tight">Tags</h1>
      {tags.length === 0 ? (
        <p className="py-6 text-muted">No tags yet.</p>
      ) : (
        <ul className="flex flex-wrap gap-3 py-6">
          {tags.map((tag) => (
            <li key={tag.slug}>
              <Link
                href={`/tags/${tag.slug}`}
                className="inline-flex items-baseline gap-2 rounded-md border border-line px-3 py-1.5 hover:border-accent hover:text-accent"
              >
                <span className="font-medium">{tag.name}</span>
                <span className="text-sm text-muted">{pluralise(tag.count, "post")}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
