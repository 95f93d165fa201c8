import "katex/dist/katex.min.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageAccount } from "@/lib/auth/current-user";
import { editorProps } from "@/lib/admin/editor-props";
import { openPostForEditing } from "@/lib/admin/post-access";
import { PostNoAccess } from "../../_components/post-no-access";
import { PostEditor } from "../_components/post-editor";

export const metadata: Metadata = { title: "Edit post" };

type Props = { params: Promise<{ slug: string }> };

export default async function EditPostPage({ params }: Props) {
  const account = await requirePageAccount();
  const opened = await openPostForEditing(account, (await params).slug);
  if (!opened) notFound();
  if ("refused" in opened) return <PostNoAccess refusal={opened.refused} />;
  const { file } = opened;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Edit post</h1>
      <PostEditor {...await editorProps(account, file)} />
    </>
  );
}
