import type { Metadata } from "next";
import Link from "next/link";
import { getAuthors, getPostsByAuthor } from "@/lib/content";
import { pluralise } from "@/lib/format";

export const revalidate = 300;
export const metadata: Metadata = { title: "Authors", alternates: { canonical: "/authors" } };

export default function AuthorsPage() {
  const authors = getAuthors();
  return (
    <>
      <h1 className="border-b border-line pb-6 text-3xl font-bold tracking-tight">Authors</h1>
      <ul className="divide-y divide-line">
        {authors.map((author) => (
          <li key={author.id} className="py-4">
            <Link href={`/authors/${author.id}`} className="font-medium hover:text-accent">
              {author.name}
            </Link>{" "}
            <span className="text-sm text-muted">
              {pluralise(getPostsByAuthor(author.id).length, "post")}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
