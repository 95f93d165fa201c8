import "katex/dist/katex.min.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageAccount } from "@/lib/auth/current-user";
import { editorProps, loadEditablePost } from "@/lib/admin/editor-props";
import { PostEditor } from "../_components/post-editor";

export const metadata: Metadata = { title: "Edit post" };

type Props = { params: Promise<{ slug: string }> };

export default async function EditPostPage({ params }: Props) {
  const account = await requirePageAccount();
  const file = await loadEditablePost(account, (await params).slug);
  if (!file) notFound();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Edit post</h1>
      <PostEditor {...await editorProps(account, file)} />
    </>
  );
}
