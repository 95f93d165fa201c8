import "katex/dist/katex.min.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/lib/accounts/roles";
import { accessOf, findAnyPost } from "@/lib/content/admin-queries";
import { isValidSlug } from "@/lib/content";
import { readPostFile } from "@/lib/content/write";
import { requirePageAccount } from "@/lib/auth/current-user";
import { atLeast } from "@/lib/accounts/roles";
import { editorProps } from "../_components/editor-page-data";
import { PostEditor } from "../_components/post-editor";

export const metadata: Metadata = { title: "Edit post" };

type Props = { params: Promise<{ slug: string }> };

export default async function EditPostPage({ params }: Props) {
  const account = await requirePageAccount();
  const { slug } = await params;
  const file = isValidSlug(slug) ? await readPostFile(slug) : undefined;
  if (!file) notFound();
  const post = findAnyPost(slug);
  // Others' posts look the same as missing ones: no hint that a private draft exists.
  const allowed = post ? can.editPost(account, accessOf(post)) : atLeast(account.role, "editor");
  if (!allowed) notFound();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Edit post</h1>
      <PostEditor {...await editorProps(account, file)} />
    </>
  );
}
