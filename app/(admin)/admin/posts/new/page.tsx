import "katex/dist/katex.min.css";
import type { Metadata } from "next";
import { requirePageAccount } from "@/lib/auth/current-user";
import { editorProps } from "../_components/editor-page-data";
import { PostEditor } from "../_components/post-editor";

export const metadata: Metadata = { title: "New post" };

export default async function NewPostPage() {
  const account = await requirePageAccount();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">New post</h1>
      <PostEditor {...await editorProps(account)} />
    </>
  );
}
