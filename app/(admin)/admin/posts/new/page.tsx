import "katex/dist/katex.min.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageAccount } from "@/lib/auth/current-user";
import { editorProps } from "@/lib/admin/editor-props";
import { openPostForEditing } from "@/lib/admin/post-access";
import { PostNoAccess } from "../../_components/post-no-access";
import { PostEditor } from "../_components/post-editor";

export const metadata: Metadata = { title: "New post" };

type Props = { searchParams: Promise<{ slug?: string | string[] }> };

/**
 * A new post. After its first save the address becomes `?slug=<slug>`: the same page, so a refresh
 * (after publishing, say) keeps the editor and whatever is being typed, and a reload reopens the post.
 */
export default async function NewPostPage({ searchParams }: Props) {
  const account = await requirePageAccount();
  const slug = [(await searchParams).slug].flat()[0];
  const opened = slug ? await openPostForEditing(account, slug) : undefined;
  if (slug && !opened) notFound();
  if (opened && "refused" in opened) return <PostNoAccess refusal={opened.refused} />;
  const file = opened?.file;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">{file ? "Edit post" : "New post"}</h1>
      <PostEditor {...await editorProps(account, file)} />
    </>
  );
}
