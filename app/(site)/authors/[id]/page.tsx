/* eslint-disable @next/next/no-img-element -- avatars are small site files. */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostList } from "@/components/post/post-list";
import { getAuthor, getAuthors, getPostsByAuthor } from "@/lib/content";
import { pluralise } from "@/lib/format";
import { isExternalUrl } from "@/lib/mdx/safe-url";

export const revalidate = 300;

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return getAuthors().map((author) => ({ id: author.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = getAuthor((await params).id);
  if (!author) return {};
  return {
    title: author.name,
    description: author.bio ?? `Posts by ${author.name}.`,
    alternates: { canonical: `/authors/${author.id}` },
    openGraph: { type: "profile" },
  };
}

export default async function AuthorPage({ params }: Props) {
  const author = getAuthor((await params).id);
  if (!author) notFound();
  const posts = getPostsByAuthor(author.id);
  return (
    <>
      <section
        aria-labelledby="author-name"
        className="flex flex-col gap-6 border-b border-line pb-8 sm:flex-row sm:items-start"
      >
        {author.avatar ? (
          <img
            src={author.avatar}
            alt=""
            width={96}
            height={96}
            className="h-24 w-24 rounded-full border border-line"
          />
        ) : null}
        <div>
          <h1 id="author-name" className="text-3xl font-bold tracking-tight">
            {author.name}
          </h1>
          {author.bio ? <p className="mt-2 max-w-2xl leading-7">{author.bio}</p> : null}
          {author.links.length > 0 ? (
            <ul
              aria-label={`${author.name} elsewhere`}
              className="mt-3 flex flex-wrap gap-4 text-sm"
            >
              {author.links.map((link) => (
                <li key={link.url}>
                  <a
                    href={link.url}
                    rel={isExternalUrl(link.url) ? "me noopener noreferrer" : "me"}
                    className="text-accent hover:underline"
                  >
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </section>
      <h2 className="mt-8 text-xl font-semibold">{pluralise(posts.length, "post")}</h2>
      <PostList posts={posts} headingLevel={3} />
    </>
  );
}
