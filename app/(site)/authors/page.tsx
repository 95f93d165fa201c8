import type { Metadata } from "next";
import Link from "next/link";
import { AuthorAvatar } from "@/components/author-avatar";
import { getAuthors, getPostsByAuthor } from "@/lib/content";
import { pluralise } from "@/lib/format";

export const revalidate = 300;
export const metadata: Metadata = { title: "Authors", alternates: { canonical: "/authors" } };

export default function AuthorsPage() {
  const authors = getAuthors();
  return (
    <>
      <h1 className="border-b border-line pb-6 text-3xl font-extrabold tracking-tight">Authors</h1>
      <ul className="grid gap-4 py-8 sm:grid-cols-2">
        {authors.map((author) => (
          <li key={author.id}>
            <Link
              href={`/authors/${author.id}`}
              className="flex items-center gap-4 rounded-xl border border-line p-4 hover:border-accent"
            >
              <AuthorAvatar author={author} size="md" />
              <span className="min-w-0">
                <span className="block font-semibold">{author.name}</span>
                <span className="block text-sm text-muted">
                  {pluralise(getPostsByAuthor(author.id).length, "post")}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
